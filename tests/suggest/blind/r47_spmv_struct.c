/* Blind round 47a (spmv): a CSR matrix in a struct of pointers, the product
 * spmv(const csr_t *A, const double *x, double *y) writing y[i]: the edit to
 * name is restrict on y (the advice was "store the results in an array of the
 * function", which they already were). */
/* spmv.c - CSR sparse matrix, power iteration */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

typedef struct {
    int nrows;
    int nnz;
    int *rowptr;
    int *colidx;
    double *val;
} csr_t;

static unsigned int lcg_state = 12345u;
static unsigned int lcg(void)
{
    lcg_state = lcg_state * 1103515245u + 12345u;
    return (lcg_state >> 8) & 0xffffff;
}

static csr_t *make_matrix(int n, int per_row)
{
    csr_t *m = malloc(sizeof *m);
    int i, k, p = 0;
    m->nrows = n;
    m->nnz = n * per_row;
    m->rowptr = malloc((n + 1) * sizeof(int));
    m->colidx = malloc(m->nnz * sizeof(int));
    m->val = malloc(m->nnz * sizeof(double));
    for (i = 0; i < n; i++) {
        m->rowptr[i] = p;
        /* variable row length to make it irregular */
        int len = 1 + (int)(lcg() % (2 * per_row - 1));
        if (p + len > m->nnz - (n - i - 1)) len = m->nnz - (n - i - 1) - p;
        if (len < 1) len = 1;
        for (k = 0; k < len; k++) {
            m->colidx[p] = (int)(lcg() % n);
            m->val[p] = ((double)(lcg() % 1000) / 1000.0) / per_row;
            p++;
        }
    }
    m->rowptr[n] = p;
    m->nnz = p;
    return m;
}

static void free_matrix(csr_t *m)
{
    free(m->rowptr); free(m->colidx); free(m->val); free(m);
}

void spmv(const csr_t *A, const double *x, double *y)
{
    int i, k;
    for (i = 0; i < A->nrows; i++) {
        double s = 0.0;
        for (k = A->rowptr[i]; k < A->rowptr[i + 1]; k++)
            s += A->val[k] * x[A->colidx[k]];
        y[i] = s;
    }
}

static double norm2(const double *v, int n)
{
    double s = 0.0;
    int i;
    for (i = 0; i < n; i++) s += v[i] * v[i];
    return sqrt(s);
}

int main(int argc, char **argv)
{
    int n = 100000, iters = 6, it, i;
    csr_t *A;
    double *x, *y, lambda = 0.0;

    if (argc > 1) n = atoi(argv[1]);
    A = make_matrix(n, 16);
    x = malloc(n * sizeof(double));
    y = malloc(n * sizeof(double));
    if (!x || !y) return 1;
    for (i = 0; i < n; i++) x[i] = 1.0;

    for (it = 0; it < iters; it++) {
        double nrm;
        spmv(A, x, y);
        nrm = norm2(y, n);
        if (nrm == 0.0) break;
        lambda = nrm / norm2(x, n);
        for (i = 0; i < n; i++) x[i] = y[i] / nrm;
    }
    printf("n=%d nnz=%d lambda=%.10f\n", n, A->nnz, lambda);
    printf("x[0]=%.10f x[n-1]=%.10f\n", x[0], x[n - 1]);
    free(x); free(y); free_matrix(A);
    return 0;
}
