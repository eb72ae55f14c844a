/* fib_omp.c — recursive Fibonacci, hand-written OpenMP tasks (the usual form: a
 * serial function below the cutoff, two tasks and a taskwait above it). */
#include <omp.h>
#include "common.h"

#define CUT 24

static long fib_seq(int n)
{
    return n < 2 ? n : fib_seq(n - 1) + fib_seq(n - 2);
}

static long fib(int n)
{
    if (n < CUT)
        return fib_seq(n);
    long a, b;
#pragma omp task shared(a)
    a = fib(n - 1);
#pragma omp task shared(b)
    b = fib(n - 2);
#pragma omp taskwait
    return a + b;
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 38);
    long r;
    double t0 = bench_now();
#pragma omp parallel
#pragma omp single
    r = fib(n);
    bench_report(bench_now() - t0);
    printf("fib(%d) = %ld\n", n, r);
    return 0;
}
