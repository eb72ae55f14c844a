/* chain.c — task overhead along a chain: x = step(x) N times, each task after the
 * one before (nothing can overlap).  (time - serial time) / N is the cost of one
 * dependent task (annotated serial source; delayc's input). */
#include "common.h"
#include "delayed.h"

DELAYED long step(long x) { return (x * 7 + 3) % 1000003; }

static long run(long x, int n)
{
    for (int i = 0; i < n; i++)
        x = step(x);
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
