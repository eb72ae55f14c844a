/* sparselu.c — LU factorisation of a sparse matrix of dense blocks (BOTS sparselu):
 * lu0 on the diagonal block, fwd along the row, bdiv down the column, bmod on the
 * trailing blocks, each a task on whole blocks.  The blocks live in one buffer,
 * block (i,j) at M + (i*NB + j)*BS2, so delayc names each block by its first
 * element (the block size is passed as an argument: see docs/performance.md); absent blocks are zeros and become present on fill-in (annotated
 * serial source; delayc's input). */
#include <string.h>
#include "common.h"
#include "delayed.h"

#define BS 64
#define BS2 (BS * BS)

DELAYED void lu0(DELAYED_INOUT_N(bs2) double *diag, int bs2)
{
    for (int k = 0; k < BS; k++)
        for (int i = k + 1; i < BS; i++) {
            diag[i * BS + k] /= diag[k * BS + k];
            for (int j = k + 1; j < BS; j++)
                diag[i * BS + j] -= diag[i * BS + k] * diag[k * BS + j];
        }
}

DELAYED void fwd(DELAYED_IN_N(bs2) const double *diag, DELAYED_INOUT_N(bs2) double *col, int bs2)
{
    for (int k = 0; k < BS; k++)
        for (int i = k + 1; i < BS; i++)
            for (int j = 0; j < BS; j++)
                col[i * BS + j] -= diag[i * BS + k] * col[k * BS + j];
}

DELAYED void bdiv(DELAYED_IN_N(bs2) const double *diag, DELAYED_INOUT_N(bs2) double *row, int bs2)
{
    for (int i = 0; i < BS; i++)
        for (int k = 0; k < BS; k++) {
            row[i * BS + k] /= diag[k * BS + k];
            for (int j = k + 1; j < BS; j++)
                row[i * BS + j] -= row[i * BS + k] * diag[k * BS + j];
        }
}

DELAYED void bmod(DELAYED_IN_N(bs2) const double *row, DELAYED_IN_N(bs2) const double *col,
                  DELAYED_INOUT_N(bs2) double *inner, int bs2)
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
    for (int k = 0; k < nb; k++) {
        lu0(m + (k * nb + k) * BS2, BS2);
        for (int j = k + 1; j < nb; j++)
            if (present[k * nb + j])
                fwd(m + (k * nb + k) * BS2, m + (k * nb + j) * BS2, BS2);
        for (int i = k + 1; i < nb; i++)
            if (present[i * nb + k])
                bdiv(m + (k * nb + k) * BS2, m + (i * nb + k) * BS2, BS2);
        for (int i = k + 1; i < nb; i++)
            if (present[i * nb + k])
                for (int j = k + 1; j < nb; j++)
                    if (present[k * nb + j]) {
                        present[i * nb + j] = 1;
                        bmod(m + (i * nb + k) * BS2, m + (k * nb + j) * BS2,
                             m + (i * nb + j) * BS2, BS2);
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
