/* crit3_write_past_n.c — a count suggest must not guess (lit input: lint/suggest-counts.test;
 * from a blind test of suggest --fix). */
#include <stdio.h>
#include <stdlib.h>

/* 1-based output: writes out[1] .. out[n] */
static void make_block(double *out, int n, int b)
{
    for (int i = 0; i < n; i++) {
        double v = b;
        for (int k = 0; k < 200; k++) v = v * 0.5 + 1.0;
        out[i + 1] = v + i;
    }
}

static double block_sum(const double *in, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++) s += in[i] * (i % 3 + 1);
    return s;
}

int main(void)
{
    enum { B = 1000, NB = 32 };
    double *a = calloc((size_t)B * NB + 1, sizeof(double)), r[NB];
    for (int b = 0; b < NB; b++)
        make_block(a + (size_t)b * B, B, b);
    for (int b = 0; b < NB; b++)
        r[b] = block_sum(a + (size_t)b * B, B);
    double t = 0;
    for (int b = 0; b < NB; b++) t += r[b];
    printf("%.3f\n", t);
    free(a);
    return 0;
}
