/* fine_omp.c — fine.c by hand with OpenMP: one task per call, as the Dask-style
 * program reads (no batching: that is delayc's job, not the user's). */
#include <omp.h>
#include "common.h"

static int rounds = 20;

static double work(int i)
{
    double x = i;
    for (int k = 0; k < rounds; k++)
        x = x * 0.999 + 1.0;
    return x;
}

static void run(double *restrict out, int n)
{
#pragma omp parallel
#pragma omp single
    for (int i = 0; i < n; i++) {
#pragma omp task firstprivate(i)
        out[i] = work(i);
    }
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 2000000);
    rounds = (int)bench_arg(argc, argv, 2, 20);
    double *out = malloc((size_t)n * sizeof *out);
    if (!out)
        return 1;
    double t0 = bench_now();
    run(out, n);
    bench_report(bench_now() - t0);
    double s = 0;
    for (int i = 0; i < n; i++)
        s += out[i];
    printf("fine n=%d rounds=%d sum %.6e\n", n, rounds, s);
    free(out);
    return 0;
}
