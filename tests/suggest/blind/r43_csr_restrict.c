/* CSR power iteration with every pointer restrict (blind round 43 p02d: 'extent or aliasing cannot prove') */
/* CSR sparse matrix-vector product, power iteration */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

typedef struct {
    int n;
    int nnz;
    int *rowptr;
    int *colidx;
    double *val;
} csr_t;

static csr_t *csr_build(int n, int per_row)
{
    csr_t *A = malloc(sizeof *A);
    int i, k, p = 0;
    unsigned s = 12345;
    A->n = n;
    A->nnz = n * per_row;
    A->rowptr = malloc((n + 1) * sizeof(int));
    A->colidx = malloc(A->nnz * sizeof(int));
    A->val = malloc(A->nnz * sizeof(double));
    for (i = 0; i < n; i++) {
        A->rowptr[i] = p;
        for (k = 0; k < per_row; k++) {
            s = s * 1664525u + 1013904223u;
            A->colidx[p] = (i + (int)(s % 2001) - 1000 + n) % n;
            A->val[p] = 1.0 / (1 + (s >> 20) % 17);
            p++;
        }
    }
    A->rowptr[n] = p;
    return A;
}

static void spmv(int n, const int *restrict rowptr, const int *restrict colidx, const double *restrict val, const double *restrict x, double *restrict y)
{
    int i, k;
    for (i = 0; i < n; i++) {
        double s = 0.0;
        for (k = rowptr[i]; k < rowptr[i + 1]; k++)
            s += val[k] * x[colidx[k]];
        y[i] = s;
    }
}

static double norm2(const double *v, int n)
{
    double s = 0;
    int i;
    for (i = 0; i < n; i++) s += v[i] * v[i];
    return sqrt(s);
}

int main(void)
{
    int n = 100000, it, i;
    csr_t *A = csr_build(n, 24);
    double *x = malloc(n * sizeof(double));
    double *y = malloc(n * sizeof(double));
    double lambda = 0;
    for (i = 0; i < n; i++) x[i] = 1.0;
    for (it = 0; it < 10; it++) {
        double nr;
        spmv(A->n, A->rowptr, A->colidx, A->val, x, y);
        nr = norm2(y, n);
        for (i = 0; i < n; i++) x[i] = y[i] / nr;
        lambda = nr;
    }
    printf("lambda %.10f x0 %.10f\n", lambda, x[0]);
    free(x); free(y);
    free(A->rowptr); free(A->colidx); free(A->val); free(A);
    return 0;
}
