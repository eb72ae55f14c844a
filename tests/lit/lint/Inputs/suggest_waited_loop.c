/* A power iteration (written blind, round 33): scale(y, ...) is the loop's only task and the next round's spmv reads its result, so its calls would run one at a time; not proposed (lit: lint/suggest-waited-loop.test). */
/*
 * powit.c - power iteration on a sparse graph Laplacian-like matrix (CSR)
 *
 * Builds a banded random sparse matrix in compressed sparse row form and
 * runs a fixed number of power iterations, printing the Rayleigh quotient
 * estimates every few steps and a checksum of the final vector.
 */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

#define N       200000
#define NNZ_ROW 24
#define ITERS   100
#define BAND    5000

/* CSR storage: global, as in the original Fortran port */
static int    *row_ptr;
static int    *col_idx;
static double *vals;
static int     nnz;

static unsigned int lcg_state = 987654321u;

static unsigned int lcg_next(void)
{
    lcg_state = lcg_state * 1664525u + 1013904223u;
    return lcg_state;
}

static int build_matrix(void)
{
    int i, k;
    row_ptr = malloc(sizeof(int) * (N + 1));
    col_idx = malloc(sizeof(int) * (size_t)N * NNZ_ROW);
    vals    = malloc(sizeof(double) * (size_t)N * NNZ_ROW);
    if (!row_ptr || !col_idx || !vals)
        return -1;
    nnz = 0;
    for (i = 0; i < N; i++) {
        row_ptr[i] = nnz;
        double diag = 0.0;
        int diag_pos = nnz;
        col_idx[nnz] = i;
        vals[nnz++] = 0.0;               /* filled in below */
        for (k = 1; k < NNZ_ROW; k++) {
            int off = (int)(lcg_next() % (2 * BAND)) - BAND;
            int j = i + off;
            if (j < 0) j += N;
            if (j >= N) j -= N;
            double v = -((double)(lcg_next() % 1000) + 1.0) / 1000.0;
            col_idx[nnz] = j;
            vals[nnz++] = v;
            diag -= v;
        }
        vals[diag_pos] = diag + 0.5;
    }
    row_ptr[N] = nnz;
    return 0;
}

/* y = A * x */
static void spmv(const double *x, double *y)
{
    for (int i = 0; i < N; i++) {
        double s = 0.0;
        for (int k = row_ptr[i]; k < row_ptr[i + 1]; k++)
            s += vals[k] * x[col_idx[k]];
        y[i] = s;
    }
}

static double dot(const double *a, const double *b, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

static void scale(double *a, double f, int n)
{
    for (int i = 0; i < n; i++)
        a[i] *= f;
}

int main(void)
{
    double *x, *y, *t;
    double lambda = 0.0, check = 0.0;
    int it, i;

    if (build_matrix() != 0) {
        fprintf(stderr, "cannot allocate matrix\n");
        return 1;
    }
    x = malloc(sizeof(double) * N);
    y = malloc(sizeof(double) * N);
    if (!x || !y) {
        fprintf(stderr, "cannot allocate vectors\n");
        return 1;
    }
    for (i = 0; i < N; i++)
        x[i] = 1.0 + (double)(i % 7) / 7.0;
    scale(x, 1.0 / sqrt(dot(x, x, N)), N);

    for (it = 0; it < ITERS; it++) {
        spmv(x, y);
        lambda = dot(x, y, N);
        double nrm = sqrt(dot(y, y, N));
        scale(y, 1.0 / nrm, N);
        t = x; x = y; y = t;
        if (it % 10 == 9)
            printf("iter %3d  lambda ~ %.9f\n", it + 1, lambda);
    }

    for (i = 0; i < N; i += 97)
        check += x[i] * (double)(i % 13 + 1);
    printf("nnz=%d lambda=%.9f check=%.9f\n", nnz, lambda, check);
    free(x); free(y);
    free(row_ptr); free(col_idx); free(vals);
    return 0;
}
