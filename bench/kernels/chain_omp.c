/* chain_omp.c — task overhead along a chain, hand-written OpenMP: one task per
 * step, depend(inout: x) orders them. */
#include <omp.h>
#include "common.h"

static long step(long x) { return (x * 7 + 3) % 1000003; }

static long run(long x, int n)
{
#pragma omp parallel
#pragma omp single
    for (int i = 0; i < n; i++) {
#pragma omp task shared(x) depend(inout: x)
        x = step(x);
    }
    return x;
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 200000);
    double t0 = bench_now();
    long x = run(1, n);
    bench_report(bench_now() - t0);
    printf("chain n=%d x %ld\n", n, x);
    return 0;
}
