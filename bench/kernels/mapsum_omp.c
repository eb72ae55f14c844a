/* mapsum_omp.c — mapsum.c by hand with OpenMP: one task per call with its
 * dependencies, then the sum after a taskwait. */
#include <omp.h>
#include "common.h"

static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int add(int x, int y) { return x + y; }

static long run(const int *data, int *restrict output, int n)
{
    int *ta = malloc((size_t)n * sizeof *ta), *tb = malloc((size_t)n * sizeof *tb);
    long total = 0;
    if (!ta || !tb)
        abort();
#pragma omp parallel
#pragma omp single
    {
        for (int i = 0; i < n; i++) {
#pragma omp task depend(out: ta[i])
            ta[i] = inc(data[i]);
#pragma omp task depend(out: tb[i])
            tb[i] = dbl(data[i]);
#pragma omp task depend(in: ta[i], tb[i])
            output[i] = add(ta[i], tb[i]);
        }
#pragma omp taskwait
        for (int i = 0; i < n; i++)
            total += output[i];
    }
    free(ta);
    free(tb);
    return total;
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 1000000);
    int *data = malloc((size_t)n * sizeof *data), *out = malloc((size_t)n * sizeof *out);
    if (!data || !out)
        return 1;
    for (int i = 0; i < n; i++)
        data[i] = i % 1000;
    double t0 = bench_now();
    long total = run(data, out, n);
    bench_report(bench_now() - t0);
    printf("mapsum n=%d total %ld\n", n, total);
    free(data);
    free(out);
    return 0;
}
