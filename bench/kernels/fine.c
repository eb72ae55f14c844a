/* fine.c — a loop of N independent calls of a small function (out[i] = work(i)),
 * each ROUNDS rounds of floating-point mixing: 20 rounds is about 70 ns, 300
 * about 1 us, 1500 about 5 us.  One DELAYED call per element, as a user writes
 * it; delayc batches the loop (annotated serial source; delayc's input). */
#include "common.h"
#include "delayed.h"

static int rounds = 20;

DELAYED double work(int i)
{
    double x = i;
    for (int k = 0; k < rounds; k++)
        x = x * 0.999 + 1.0;
    return x;
}

static void run(double *restrict out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = work(i);
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
