/* out_n.c — a pointer parameter annotated DELAYED_OUT_N(n): the task writes
 * n elements, a later DELAYED_IN_N(n) task reads them. */
#include <stdio.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *dst, int n, int base)
{
    for (int i = 0; i < n; i++)
        dst[i] = base + i;
}

DELAYED long total(DELAYED_IN_N(n) const int *src, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += src[i];
    return s;
}

int main(void)
{
    int buf[32];
    fill(buf, 32, 5);
    long t = total(buf, 32);
    printf("total = %ld\n", t);
    return 0;
}
