/* memo.c — a loop of N calls of a DELAYED_PURE function whose argument takes
 * D distinct values (out[i] = mix(i % D, rounds)): with D < N most calls repeat
 * one before, which the runtime's memo answers; with D = N none does, and the
 * memo costs only its lookups.  -DROUNDS=600 is about 2 us a call, 6000 about
 * 20 us.  Used by bench/memo.py (DELAYC_MEMO=0 against the default, side by
 * side). */
#include "common.h"
#include "delayed.h"

#ifndef ROUNDS
#define ROUNDS 600
#endif

DELAYED_PURE double mix(int k)
{
    double x = k;
    for (int j = 0; j < ROUNDS; j++)
        x = x * 0.999 + 1.0;
    return x;
}

static void run(double *restrict out, int n, int d)
{
    for (int i = 0; i < n; i++)
        out[i] = mix(i % d);
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 100000);
    int d = (int)bench_arg(argc, argv, 2, 16);
    double *out = malloc((size_t)n * sizeof *out);
    if (!out || d < 1)
        return 1;
    double t0 = bench_now();
    run(out, n, d);
    bench_report(bench_now() - t0);
    double s = 0;
    for (int i = 0; i < n; i++)
        s += out[i];
    printf("memo n=%d d=%d rounds=%d sum %.6e\n", n, d, ROUNDS, s);
    free(out);
    return 0;
}
