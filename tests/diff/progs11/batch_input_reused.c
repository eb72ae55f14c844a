/* batch_input_reused.c — the input array and the loop bound change right after the loop: each call must see the values of its own iteration. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED double scale(double x, double k) { return x * k + 1.0; }

int main(void)
{
    int n = 100000;
    double *in = malloc(sizeof(double) * (size_t)n), *out = malloc(sizeof(double) * (size_t)n);
    double k = 0.5;
    for (int i = 0; i < n; i++) in[i] = i % 100;
    for (int i = 0; i < n; i++) {
        out[i] = scale(in[i], k);
        k += 0.25;
    }
    for (int i = 0; i < n; i++) in[i] = -1.0;
    n = 10;
    long s = 0;
    for (int i = 0; i < 100000; i++) s += (long)out[i];
    printf("%ld %.1f %d\n", s, in[5], n);
    free(in);
    free(out);
    return 0;
}
