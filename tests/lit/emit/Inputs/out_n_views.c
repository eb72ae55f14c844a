/* out_n_views.c — DELAYED_OUT_N(n) tasks on the two halves of one array, a
 * DELAYED_IN_N(n) reader of a window across both halves, a writer of another
 * window, and a reader of the whole array. */
#include <stdio.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *dst, int n, int base)
{
    for (int i = 0; i < n; i++)
        dst[i] = base + i;
}

DELAYED long weigh(DELAYED_IN_N(n) const int *src, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += (long)src[i] * (i + 1);
    return s;
}

int main(void)
{
    int buf[32];
    fill(buf, 16, 5);
    fill(buf + 16, 16, 100);
    long t = weigh(buf, 32);
    long p = weigh(buf + 8, 16);
    fill(buf + 4, 8, 1000);
    long u = weigh(buf, 32);
    printf("t = %ld, p = %ld, u = %ld\n", t, p, u);
    return 0;
}
