/* after_full_wait.c — no wait where no task can be pending (lit input: emit/no-wait-after-full.test). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *restrict p, long n)
{
    for (long i = 0; i < n; i++)
        p[i] = (int)(i * 7 % 13);
}

DELAYED int one(int x) { return x + 1; }

int main(int argc, char **argv)
{
    long n = argc > 5 ? 5 : 1000;
    int *a = malloc((size_t)n * sizeof *a);
    if (!a)
        return 1;
    fill(a, n);
    delayed_compute(a);
    long sum = 0;
    for (long i = 0; i < n; i++)
        sum += a[i];
    int r[4];
    for (int i = 0; i < 4; i++) {
        r[i] = one(i);
        sum += r[i];
    }
    printf("%ld\n", sum);
    free(a);
    return 0;
}
