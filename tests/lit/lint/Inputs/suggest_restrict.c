/* A CSR product's rows, as legacy code writes it (blind round 43 p02): with
 * plain pointers the row loop's writes of y may overlap what it reads (val,
 * x, colidx, with no counts), and --explain gives the edit that says they do
 * not, `double *restrict y`; with every pointer restrict (a later edit of the
 * same code) the loop is proposed in blocks: a `const double *restrict` is
 * read by the tasks without a dependency (nothing changes it while the
 * function runs), before, "points to memory whose extent or aliasing delayc
 * cannot prove". */
#include <stdio.h>
#include <stdlib.h>

#ifndef N
#define N 200000
#endif
#ifndef PER
#define PER 12
#endif
#ifndef ROUNDS
#define ROUNDS 20
#endif

static void spmv_plain(int n, const int *rowptr, const int *colidx, const double *val, const double *x, double *y)
{
    int i, k;
    for (i = 0; i < n; i++) {
        double s = 0.0;
        for (k = rowptr[i]; k < rowptr[i + 1]; k++)
            s += val[k] * x[colidx[k]];
        y[i] = s;
    }
}

static void spmv(int n, const int *restrict rowptr, const int *restrict colidx, const double *restrict val,
                 const double *restrict x, double *restrict y)
{
    int i, k;
    for (i = 0; i < n; i++) {
        double s = 0.0;
        for (k = rowptr[i]; k < rowptr[i + 1]; k++)
            s += val[k] * x[colidx[k]];
        y[i] = s;
    }
}

int main(void)
{
    int *rowptr = malloc(sizeof(int) * (N + 1)), *colidx = malloc(sizeof(int) * N * PER);
    double *val = malloc(sizeof(double) * N * PER), *x = malloc(sizeof(double) * N), *y = malloc(sizeof(double) * N);
    int i, k, r, p = 0;
    double sum = 0;
    if (!rowptr || !colidx || !val || !x || !y) return 1;
    for (i = 0; i < N; i++) {
        rowptr[i] = p;
        for (k = 0; k < PER; k++) {
            colidx[p] = (int)(((long)i * 7 + (long)k * 131) % N);
            val[p++] = 1.0 / (1 + (i + k) % 5);
        }
    }
    rowptr[N] = p;
    for (i = 0; i < N; i++) x[i] = 1.0 + i % 3;
    for (r = 0; r < ROUNDS; r++) {
        spmv(N, rowptr, colidx, val, x, y);
        for (i = 0; i < N; i++) x[i] = y[i] / (PER * 3.0);
    }
    spmv_plain(N, rowptr, colidx, val, x, y);
    for (i = 0; i < N; i++) sum += y[i] * (i % 7);
    printf("%.9f\n", sum);
    free(rowptr); free(colidx); free(val); free(x); free(y);
    return 0;
}
