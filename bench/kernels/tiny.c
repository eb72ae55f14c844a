/* tiny.c — task overhead: N independent tiny tasks (one multiply-add each, the
 * result into its own element).  (time - serial time) / N is the cost of one task;
 * with N = 1M it is also the memory benchmark (annotated serial source; delayc's
 * input). */
#include "common.h"
#include "delayed.h"

DELAYED int tiny(int x) { return x * 3 + 1; }

static void run(const int *in, int *restrict out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = tiny(in[i]);
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 1000000);
    int *in = malloc((size_t)n * sizeof *in), *out = malloc((size_t)n * sizeof *out);
    if (!in || !out)
        return 1;
    for (int i = 0; i < n; i++)
        in[i] = i % 1000;
    double t0 = bench_now();
    run(in, out, n);
    bench_report(bench_now() - t0);
    long sum = 0;
    for (int i = 0; i < n; i++)
        sum += out[i];
    printf("tiny n=%d sum %ld\n", n, sum);
    free(in);
    free(out);
    return 0;
}
