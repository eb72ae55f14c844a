/* mapsum.c — the seed's shape at scale with small calls: inc, dbl and add per
 * element (add after the other two), then a DELAYED sum over all the results:
 * three tiny calls per element and one reduction (annotated serial source;
 * delayc's input). */
#include "common.h"
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int dbl(int x) { return x * 2; }
DELAYED int add(int x, int y) { return x + y; }

DELAYED long sum(DELAYED_IN_N(n) const int *v, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

static long run(const int *data, int *restrict output, int n)
{
    for (int i = 0; i < n; i++) {
        int a = inc(data[i]);
        int b = dbl(data[i]);
        output[i] = add(a, b);
    }
    long total = sum(output, n);
    delayed_compute(total);
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
