/* sparselu_omp.c — LU factorisation of a sparse matrix of dense blocks (BOTS sparselu):
 * lu0 on the diagonal block, fwd along the row, bdiv down the column, bmod on the
 * trailing blocks, each a task on whole blocks.  The blocks live in one buffer,
 * block (i,j) at M + (i*NB + j)*BS2, so delayc names each block by its first
 * element; absent blocks are zeros and become present on fill-in Hand-written
 * OpenMP: the same tasks with depend clauses on each block's first element. */
#include <string.h>
#include "common.h"
#include <omp.h>

#define BS 64
#define BS2 (BS * BS)

static void lu0(double *diag)
{
    for (int k = 0; k < BS; k++)
        for (int i = k + 1; i < BS; i++) {
            diag[i * BS + k] /= diag[k * BS + k];
            for (int j = k + 1; j < BS; j++)
                diag[i * BS + j] -= diag[i * BS + k] * diag[k * BS + j];
        }
}

static void fwd(const double *diag, double *col)
{
    for (int k = 0; k < BS; k++)
        for (int i = k + 1; i < BS; i++)
            for (int j = 0; j < BS; j++)
                col[i * BS + j] -= diag[i * BS + k] * col[k * BS + j];
}

static void bdiv(const double *diag, double *row)
{
    for (int i = 0; i < BS; i++)
        for (int k = 0; k < BS; k++) {
            row[i * BS + k] /= diag[k * BS + k];
            for (int j = k + 1; j < BS; j++)
                row[i * BS + j] -= row[i * BS + k] * diag[k * BS + j];
        }
}

static void bmod(const double *row, const double *col,
                  double *inner)
{
    for (int i = 0; i < BS; i++)
        for (int k = 0; k < BS; k++) {
            double r = row[i * BS + k];
            for (int j = 0; j < BS; j++)
                inner[i * BS + j] -= r * col[k * BS + j];
        }
}

/* present is nb*nb flags, read and written only by this (ordinary) code */
static void sparselu(double *restrict m, char *present, int nb)
{
#pragma omp parallel
#pragma omp single
    for (int k = 0; k < nb; k++) {
        double *d = m + (k * nb + k) * BS2;
#pragma omp task firstprivate(d) depend(inout: d[0])
        lu0(d);
        for (int j = k + 1; j < nb; j++)
            if (present[k * nb + j]) {
                double *c = m + (k * nb + j) * BS2;
#pragma omp task firstprivate(d, c) depend(in: d[0]) depend(inout: c[0])
                fwd(d, c);
            }
        for (int i = k + 1; i < nb; i++)
            if (present[i * nb + k]) {
                double *r = m + (i * nb + k) * BS2;
#pragma omp task firstprivate(d, r) depend(in: d[0]) depend(inout: r[0])
                bdiv(d, r);
            }
        for (int i = k + 1; i < nb; i++)
            if (present[i * nb + k])
                for (int j = k + 1; j < nb; j++)
                    if (present[k * nb + j]) {
                        present[i * nb + j] = 1;
                        double *r = m + (i * nb + k) * BS2, *c = m + (k * nb + j) * BS2;
                        double *in = m + (i * nb + j) * BS2;
#pragma omp task firstprivate(r, c, in) depend(in: r[0], c[0]) depend(inout: in[0])
                        bmod(r, c, in);
                    }
    }
}

static void genmat(double *m, char *present, int nb)
{
    unsigned s = 1325u;
    for (int ii = 0; ii < nb; ii++)
        for (int jj = 0; jj < nb; jj++) {
            int null = 0;
            if ((ii < jj) && (ii % 3 != 0)) null = 1;
            if ((ii > jj) && (jj % 3 != 0)) null = 1;
            if (ii % 2 == 1) null = 1;
            if (jj % 2 == 1) null = 1;
            if (ii == jj) null = 0;
            if (ii == jj - 1) null = 0;
            if (ii - 1 == jj) null = 0;
            present[ii * nb + jj] = (char)!null;
            double *blk = m + (ii * nb + jj) * BS2;
            for (int e = 0; e < BS2; e++) {
                s = (3125u * s) % 65536u;
                blk[e] = null ? 0.0 : (s - 32768.0) / 16384.0 + (ii == jj && e % (BS + 1) == 0 ? 8.0 * BS : 0.0);
            }
        }
}

int main(int argc, char **argv)
{
    int nb = (int)bench_arg(argc, argv, 1, 40);
    double *m = calloc((size_t)nb * nb * BS2, sizeof *m);
    char *present = calloc((size_t)nb * nb, 1);
    if (!m || !present)
        return 1;
    genmat(m, present, nb);
    double t0 = bench_now();
    sparselu(m, present, nb);
    bench_report(bench_now() - t0);
    double sum = 0.0;
    for (size_t e = 0; e < (size_t)nb * nb * BS2; e++)
        sum += m[e] * (double)(e % 7 + 1);
    printf("sparselu nb=%d bs=%d checksum %.6e\n", nb, BS, sum);
    free(present);
    free(m);
    return 0;
}
