/* fib.c — recursive Fibonacci with a cutoff: two recursive calls per level become
 * tasks above the cutoff (the annotated serial source; delayc's input). */
#include "common.h"
#include "delayed.h"

#define CUT 24

DELAYED DELAYED_CUTOFF(n < CUT)
long fib(int n)
{
    if (n < 2)
        return n;
    long a = fib(n - 1);
    long b = fib(n - 2);
    return a + b;
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 38);
    double t0 = bench_now();
    long r = fib(n);
    delayed_compute(r);
    bench_report(bench_now() - t0);
    printf("fib(%d) = %ld\n", n, r);
    return 0;
}
