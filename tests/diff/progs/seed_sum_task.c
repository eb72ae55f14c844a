/* seed_sum_task.c — covers: the seed with malloc'd data/output, N from argv (default
 * 1000), `total = sum(output)` itself a delayed task reading a DELAYED_IN_N buffer
 * that the loop's tasks fill, and an explicit delayed_compute(total). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static DELAYED int inc(int x) { return x + 1; }
static DELAYED int double_(int x) { return x + x; }
static DELAYED int add(int x, int y) { return x + y; }

static DELAYED long sum(DELAYED_IN_N(n) const int *v, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    if (n <= 0) {
        fprintf(stderr, "usage: %s [N>0]\n", argv[0]);
        return 2;
    }
    int *data = malloc((size_t)n * sizeof *data);
    int *output = malloc((size_t)n * sizeof *output);
    if (!data || !output)
        return 1;
    for (int i = 0; i < n; i++)
        data[i] = i + 1;

    for (int i = 0; i < n; i++) {
        int a = inc(data[i]);
        int b = double_(data[i]);
        int c = add(a, b);
        output[i] = c;
    }

    long total = sum(output, n);
    delayed_compute(total);
    printf("n=%d total=%ld\n", n, total);

    free(output);
    free(data);
    return 0;
}
