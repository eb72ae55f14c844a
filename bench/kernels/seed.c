/* seed.c — the README's inc/double/add program at scale: three calls per element,
 * add after inc and dbl, iterations overlapping; each call does WORK rounds of
 * integer mixing so a task is a few microseconds (annotated serial source;
 * delayc's input). */
#include "common.h"
#include "delayed.h"

#define WORK 1500

static int mix(int x)
{
    unsigned v = (unsigned)x;
    for (int r = 0; r < WORK; r++)
        v = v * 2654435761u + (v >> 13);
    return (int)(v & 0xffff);
}

DELAYED int inc(int x) { return mix(x) + 1; }
DELAYED int dbl(int x) { return 2 * mix(x + 7); }
DELAYED int add(int a, int b) { return mix(a + b) + a - b; }

static void run(const int *data, int *restrict output, int n)
{
    for (int i = 0; i < n; i++) {
        int a = inc(data[i]);
        int b = dbl(data[i]);
        int c = add(a, b);
        output[i] = c;
    }
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
