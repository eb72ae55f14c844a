/* bots_sparselu_omp.c — sparse LU after BOTS, hand-written OpenMP tasks as BOTS
 * writes them: per step, lu0 inline, the fwd and bdiv tasks, a taskwait, the
 * bmod tasks (fill-in blocks allocated before the task), a taskwait. */
#include <math.h>
#include <string.h>
#include <omp.h>
#include "common.h"

#define BS 64

static float *allocate_clean_block(void)
{
    float *p = malloc(BS * BS * sizeof(float));
    memset(p, 0, BS * BS * sizeof(float));
    return p;
}

/* LU of the diagonal block, in place, no pivoting */
static void lu0(float *diag)
{
    for (int k = 0; k < BS; k++)
        for (int i = k + 1; i < BS; i++) {
            diag[i * BS + k] /= diag[k * BS + k];
            for (int j = k + 1; j < BS; j++)
                diag[i * BS + j] -= diag[i * BS + k] * diag[k * BS + j];
        }
}

/* a block right of the diagonal: col = L^-1 col */
static void fwd(const float *diag, float *col)
{
    for (int k = 0; k < BS; k++)
        for (int i = k + 1; i < BS; i++)
            for (int j = 0; j < BS; j++)
                col[i * BS + j] -= diag[i * BS + k] * col[k * BS + j];
}

/* a block below the diagonal: row = row U^-1 */
static void bdiv(const float *diag, float *row)
{
    for (int i = 0; i < BS; i++)
        for (int k = 0; k < BS; k++) {
            row[i * BS + k] /= diag[k * BS + k];
            for (int j = k + 1; j < BS; j++)
                row[i * BS + j] -= row[i * BS + k] * diag[k * BS + j];
        }
}

/* inner -= row * col */
static void bmod(const float *row, const float *col,
                  float *inner)
{
    for (int i = 0; i < BS; i++)
        for (int k = 0; k < BS; k++) {
            float r = row[i * BS + k];
            for (int j = 0; j < BS; j++)
                inner[i * BS + j] -= r * col[k * BS + j];
        }
}

/* which blocks are present at the start: the three central block diagonals and a
 * sparse pattern elsewhere; the whole matrix is diagonally dominant, so LU
 * without pivoting is stable */
static float **genmat(int nb)
{
    float **M = malloc((size_t)nb * nb * sizeof(float *));
    unsigned int seed = 1325;
    for (int ii = 0; ii < nb; ii++)
        for (int jj = 0; jj < nb; jj++) {
            int present = ii == jj || ii == jj + 1 || jj == ii + 1 ||
                          (ii % 2 == 0 && jj % 2 == 0 && (ii < jj ? ii % 3 == 0 : jj % 3 == 0));
            if (!present) {
                M[ii * nb + jj] = NULL;
                continue;
            }
            float *p = malloc(BS * BS * sizeof(float));
            for (int i = 0; i < BS; i++)
                for (int j = 0; j < BS; j++) {
                    seed = seed * 1103515245u + 12345u;
                    p[i * BS + j] = (float)((int)((seed >> 8) & 0xffff) - 32768) / 32768.0f;
                    if (ii == jj && i == j)
                        p[i * BS + j] += (float)(2 * nb * BS);
                }
            M[ii * nb + jj] = p;
        }
    return M;
}

static void sparselu(float **M, int nb)
{
    for (int kk = 0; kk < nb; kk++) {
        lu0(M[kk * nb + kk]);
        for (int jj = kk + 1; jj < nb; jj++)
            if (M[kk * nb + jj] != NULL) {
#pragma omp task firstprivate(kk, jj)
                fwd(M[kk * nb + kk], M[kk * nb + jj]);
            }
        for (int ii = kk + 1; ii < nb; ii++)
            if (M[ii * nb + kk] != NULL) {
#pragma omp task firstprivate(kk, ii)
                bdiv(M[kk * nb + kk], M[ii * nb + kk]);
            }
#pragma omp taskwait
        for (int ii = kk + 1; ii < nb; ii++)
            if (M[ii * nb + kk] != NULL)
                for (int jj = kk + 1; jj < nb; jj++)
                    if (M[kk * nb + jj] != NULL) {
                        if (M[ii * nb + jj] == NULL)
                            M[ii * nb + jj] = allocate_clean_block();
#pragma omp task firstprivate(kk, ii, jj)
                        bmod(M[ii * nb + kk], M[kk * nb + jj], M[ii * nb + jj]);
                    }
#pragma omp taskwait
    }
}

int main(int argc, char **argv)
{
    int nb = (int)bench_arg(argc, argv, 1, 50);
    float **M = genmat(nb);

    double t0 = bench_now();
#pragma omp parallel
#pragma omp single
    sparselu(M, nb);
    bench_report(bench_now() - t0);

    double sum = 0, diagsum = 0, offabs = 0;
    int blocks = 0;
    for (int b = 0; b < nb * nb; b++) {
        if (M[b] == NULL)
            continue;
        blocks++;
        for (int e = 0; e < BS * BS; e++) {
            sum += M[b][e];
            if (b / nb != b % nb)
                offabs += fabs(M[b][e]);
        }
        if (b / nb == b % nb)
            for (int i = 0; i < BS; i++)
                diagsum += M[b][i * BS + i];
        free(M[b]);
    }
    printf("sparselu(%d x %d blocks of %d): %d blocks, sum %.6e, diagonal %.6e, "
           "off-diagonal blocks sum|x| %.6e\n", nb, nb, BS, blocks, sum, diagsum, offabs);
    free(M);
    return 0;
}
