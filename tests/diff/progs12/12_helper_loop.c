/* 12_helper_loop.c — the map loop lives in helper functions called from main: one
 * with restrict pointer parameters, one without, one returning a reduction computed by
 * a DELAYED call over the helper's own result buffer; called twice on the same data. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static double damp(double v, double k) { return v / (1.0 + k * v * v); }
DELAYED static int bucket(double v) { return (int)(v * 16.0) & 15; }

DELAYED static long histo_sum(DELAYED_IN_N(n) const int *b, int n)
{
    long h[16] = { 0 };
    for (int i = 0; i < n; i++)
        h[b[i]]++;
    long s = 0;
    for (int k = 0; k < 16; k++)
        s += h[k] * (k + 1);
    return s;
}

static void map_damp(const double *restrict in, double *restrict out, int n, double k)
{
    for (int i = 0; i < n; i++)
        out[i] = damp(in[i], k);
}

static void map_bucket(const double *in, int *out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = bucket(in[i]);
}

static long bucket_score(const double *restrict in, int n)
{
    int *tmp = malloc((size_t)n * sizeof *tmp);
    if (!tmp)
        return -1;
    for (int i = 0; i < n; i++)
        tmp[i] = bucket(in[i]);
    long s = histo_sum(tmp, n);
    free(tmp);
    return s;
}

#define N 300000

int main(void)
{
    double *x = malloc(N * sizeof *x);
    double *y = malloc(N * sizeof *y);
    int *bk = malloc(N * sizeof *bk);
    if (!x || !y || !bk)
        return 1;
    for (int i = 0; i < N; i++)
        x[i] = (double)(i % 997) / 997.0;

    map_damp(x, y, N, 0.5);
    map_bucket(y, bk, N);
    long s1 = 0;
    for (int i = 0; i < N; i++)
        s1 += bk[i];
    long h1 = bucket_score(y, N);

    map_damp(y, x, N, 2.0); /* second call: x overwritten from y */
    long h2 = bucket_score(x, N);
    printf("s1=%ld h1=%ld h2=%ld y[500]=%.6f x[500]=%.6f\n", s1, h1, h2, y[500], x[500]);
    free(x);
    free(y);
    free(bk);
    return 0;
}
