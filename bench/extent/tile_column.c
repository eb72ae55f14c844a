/* tile_column.c — a block of rows whose helper reads a column
 * (dot_col(row, col + j, n, ld)): delayc shows from the helper's own loop
 * that it stays in the block's rows, so nothing is checked (ratio 1; the
 * same kernel with the column from a table is tile_perm.c). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#define N 384
#define TS 96

static double dot_col(const double *row, const double *col, int n, int ld) {
    double s = 0;
    for (int k = 0; k < n; k++) s += row[k] * col[k * ld];
    return s;
}

DELAYED void tile_mul(DELAYED_IN_2D(ts, n, n) const double *arows, DELAYED_IN_2D(n, ts, n) const double *bcols,
                      DELAYED_OUT_2D(ts, ts, n) double *ct, int ts, int n) {
    for (int i = 0; i < ts; i++)
        for (int j = 0; j < ts; j++) ct[i * n + j] = dot_col(arows + i * n, bcols + j, n, n);
}

int main(void) {
    double *a = malloc(sizeof *a * N * N), *b = malloc(sizeof *b * N * N), *c = malloc(sizeof *c * N * N);
    if (!a || !b || !c) return 1;
    for (int i = 0; i < N * N; i++) { a[i] = (i % 17) - 8; b[i] = (i % 13) * 0.5; }
    for (int r = 0; r < 3; r++)
        for (int bi = 0; bi < N / TS; bi++)
            for (int bj = 0; bj < N / TS; bj++)
                tile_mul(a + bi * TS * N, b + bj * TS, c + bi * TS * N + bj * TS, TS, N);
    double s = 0;
    for (int i = 0; i < N * N; i++) s += c[i] * (i % 5);
    printf("%.1f\n", s);
    free(a); free(b); free(c);
    return 0;
}
