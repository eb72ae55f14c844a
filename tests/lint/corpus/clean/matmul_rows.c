/* matmul_rows.c — C = A x B for 512x512 matrices, one task per band of 64 rows
 * of C; A's band and all of B are inputs, C's band the output.  The trace is
 * computed after the loop.  No finding. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 512
#define R 64

DELAYED void multiply_band(DELAYED_IN_N(R * N) const double *a, DELAYED_IN_N(N * N) const double *b,
                           DELAYED_OUT_N(R * N) double *c)
{
    for (int i = 0; i < R; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < N; k++)
                s += a[i * N + k] * b[k * N + j];
            c[i * N + j] = s;
        }
}

int main(void)
{
    double *a = malloc(sizeof(double) * N * N);
    double *b = malloc(sizeof(double) * N * N);
    double *c = malloc(sizeof(double) * N * N);
    if (!a || !b || !c)
        return 1;
    for (int i = 0; i < N * N; i++) {
        a[i] = (i % 7) * 0.5;
        b[i] = (i % 5) * 0.25;
    }

    for (int r = 0; r < N / R; r++)
        multiply_band(a + r * R * N, b, c + r * R * N);

    double trace = 0.0;
    for (int i = 0; i < N; i++)
        trace += c[i * N + i];
    printf("trace %.3f\n", trace);
    free(c);
    free(b);
    free(a);
    return 0;
}
