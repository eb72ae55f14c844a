/* pure_memo.c — DELAYED_PURE functions called repeatedly with the same
 * arguments in a loop (results may be shared), with pointer IN_N arguments whose
 * contents change between identical-looking calls, and a pure function called
 * with a pending result argument. */
#include <stdio.h>
#include "delayed.h"

DELAYED_PURE long cost(int a, int b)
{
    long s = 0;
    for (int i = 0; i < 1000; i++)
        s = (s * 31 + a * i + b) % 100003;
    return s;
}

DELAYED_PURE int sum4(DELAYED_IN_N(4) const int *v) { return v[0] + v[1] + v[2] + v[3]; }

int main(void)
{
    long c[10];
    for (int i = 0; i < 10; i++)
        c[i] = cost(i % 3, 7);
    int buf[4] = { 1, 2, 3, 4 };
    int s1 = sum4(buf);
    buf[2] = 30;
    int s2 = sum4(buf);
    buf[2] = 3;
    int s3 = sum4(buf);
    long d = cost((int)(c[0] % 100), 1);
    long e = cost((int)(c[3] % 100), 1);
    for (int i = 0; i < 10; i++)
        printf("%ld ", c[i]);
    printf("\ns=%d %d %d d=%ld e=%ld same=%d\n", s1, s2, s3, d, e, d == e);
    return 0;
}
