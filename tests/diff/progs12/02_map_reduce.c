/* 02_map_reduce.c — a per-element double map over 500k values followed by a DELAYED
 * reduction over the whole array (DELAYED_IN_N), and a second reduction over halves. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static double poly(double x) { return ((0.5 * x - 1.25) * x + 3.0) * x - 0.125; }

DELAYED static double sum_range(DELAYED_IN_N(n) const double *v, long n)
{
    double s = 0.0;
    for (long i = 0; i < n; i++)
        s += v[i];
    return s;
}

DELAYED static long count_positive(DELAYED_IN_N(n) const double *v, long n)
{
    long c = 0;
    for (long i = 0; i < n; i++)
        c += v[i] > 0.0;
    return c;
}

#define N 500000

int main(void)
{
    double *x = malloc(N * sizeof *x);
    double *y = malloc(N * sizeof *y);
    if (!x || !y)
        return 1;
    for (long i = 0; i < N; i++)
        x[i] = (double)(i % 1000) / 250.0 - 2.0;

    for (long i = 0; i < N; i++)
        y[i] = poly(x[i]);

    double total = sum_range(y, N);
    double lo = sum_range(y, N / 2);
    double hi = sum_range(y + N / 2, N - N / 2);
    long pos = count_positive(y, N);
    printf("total=%.6f lo=%.6f hi=%.6f pos=%ld y[12345]=%.6f\n", total, lo, hi, pos, y[12345]);
    free(x);
    free(y);
    return 0;
}
