/* batch_conditional.c — calls under if and continue, two functions in one loop body: records of both kinds in one batch. */
#include <stdio.h>
#include "delayed.h"

DELAYED int odd_work(int x) { int r = x; for (int k = 0; k < 10; k++) r = (r * 31 + k) % 10007; return r; }
DELAYED int even_work(int x) { return x * 3 % 10007; }

int main(void)
{
    enum { N = 100000 };
    static int a[N], b[N];
    for (int i = 0; i < N; i++) {
        if (i % 5 == 0) continue;
        if (i & 1) a[i] = odd_work(i);
        else b[i] = even_work(i);
    }
    long sa = 0, sb = 0;
    for (int i = 0; i < N; i++) { sa += a[i]; sb += b[i]; }
    printf("%ld %ld\n", sa, sb);
    return 0;
}
