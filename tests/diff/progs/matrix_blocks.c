/* matrix_blocks.c — covers: block matrix multiplication on malloc'd row-major
 * matrices: one task per block of rows (DELAYED_IN_N over the A rows and all of B,
 * DELAYED_OUT_N over the C rows), then a per-block norm task, and the norms
 * combined in a fixed order by ordinary code. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 96
#define RB 12

DELAYED void mul_rows(DELAYED_IN_N(rows * n) const double *a, DELAYED_IN_N(n * n) const double *b,
                      DELAYED_OUT_N(rows * n) double *c, int rows, int n)
{
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < n; j++) {
            double s = 0.0;
            for (int k = 0; k < n; k++)
                s += a[i * n + k] * b[k * n + j];
            c[i * n + j] = s;
        }
}

DELAYED double frob2(DELAYED_IN_N(len) const double *c, int len)
{
    double s = 0.0;
    for (int i = 0; i < len; i++)
        s += c[i] * c[i];
    return s;
}

int main(void)
{
    double *a = malloc(N * N * sizeof *a);
    double *b = malloc(N * N * sizeof *b);
    double *c = malloc(N * N * sizeof *c);
    if (!a || !b || !c)
        return 1;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i * N + j] = (double)((i + 2 * j) % 7) * 0.5;
            b[i * N + j] = (double)((3 * i + j) % 5) - 2.0;
        }
    double norms[N / RB];
    for (int blk = 0; blk < N / RB; blk++) {
        int r0 = blk * RB;
        mul_rows(a + r0 * N, b, c + r0 * N, RB, N);
        norms[blk] = frob2(c + r0 * N, RB * N);
    }
    double total = 0.0;
    for (int blk = 0; blk < N / RB; blk++)
        total += norms[blk];
    printf("c[0]=%.3f c[mid]=%.3f c[last]=%.3f\n", c[0], c[N * N / 2 + 5], c[N * N - 1]);
    printf("frobenius^2=%.6f\n", total);
    free(a);
    free(b);
    free(c);
    return 0;
}
