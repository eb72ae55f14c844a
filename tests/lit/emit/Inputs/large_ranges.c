/* large_ranges.c — ranges of run-time length (lit input: emit/range-first-element.test). */
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED DELAYED_CUTOFF(n <= 64)
void msort(DELAYED_INOUT_N(n) int *restrict a, DELAYED_OUT_N(n) int *restrict tmp, long n)
{
    if (n <= 1)
        return;
    long h = n / 2;
    msort(a, tmp, h);
    msort(a + h, tmp + h, n - h);
    memcpy(tmp, a, (size_t)n * sizeof *a);
}

DELAYED void scale(DELAYED_INOUT_N(len) int *p, long len, int k)
{
    for (long i = 0; i < len; i++)
        p[i] *= k;
}

DELAYED int sum8(DELAYED_IN_N(8) const int *p)
{
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += p[i];
    return s;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000;
    int *b = malloc((size_t)n * sizeof *b);
    if (!b)
        return 1;
    for (long i = 0; i < n; i++)
        b[i] = (int)i;
    int v[16] = {0};
    int s = sum8(v + 5);                /* a task: the loop below spawns more before the wait */
    long len = n / 4;
    for (long c = 0; c < 4; c++)
        scale(b + c * len, len, 3);
    delayed_compute(s);
    free(b);
    return s;
}
