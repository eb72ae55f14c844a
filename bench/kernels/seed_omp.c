/* seed_omp.c — inc/double/add at scale, hand-written OpenMP: three tasks per
 * element, the two intermediate results in arrays, add after the two others by
 * depend clauses on those elements. */
#include <omp.h>
#include "common.h"

#define WORK 1500

static int mix(int x)
{
    unsigned v = (unsigned)x;
    for (int r = 0; r < WORK; r++)
        v = v * 2654435761u + (v >> 13);
    return (int)(v & 0xffff);
}

static int inc(int x) { return mix(x) + 1; }
static int dbl(int x) { return 2 * mix(x + 7); }
static int add(int a, int b) { return mix(a + b) + a - b; }

static void run(const int *data, int *restrict output, int n)
{
    int *ta = malloc((size_t)n * sizeof *ta), *tb = malloc((size_t)n * sizeof *tb);
    if (!ta || !tb)
        abort();
#pragma omp parallel
#pragma omp single
    for (int i = 0; i < n; i++) {
#pragma omp task depend(out: ta[i])
        ta[i] = inc(data[i]);
#pragma omp task depend(out: tb[i])
        tb[i] = dbl(data[i]);
#pragma omp task depend(in: ta[i], tb[i])
        output[i] = add(ta[i], tb[i]);
    }
    free(ta);
    free(tb);
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 200000);
    int *data = malloc((size_t)n * sizeof *data), *out = malloc((size_t)n * sizeof *out);
    if (!data || !out)
        return 1;
    for (int i = 0; i < n; i++)
        data[i] = i * 7 % 1000;
    double t0 = bench_now();
    run(data, out, n);
    bench_report(bench_now() - t0);
    long sum = 0;
    for (int i = 0; i < n; i++)
        sum = (sum * 31 + out[i]) % 1000000007L;
    printf("seed n=%d checksum %ld\n", n, sum);
    free(data);
    free(out);
    return 0;
}
