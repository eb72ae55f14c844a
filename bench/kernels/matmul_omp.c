/* matmul_omp.c — blocked matrix multiply, hand-written OpenMP: one task per
 * (i,j,k) block product with depend(in) on the A and B blocks and depend(inout)
 * on the C block (each block named by its first element). */
#include <omp.h>
#include "common.h"

#define BS 96
#define BS2 (BS * BS)

static void gemm_block(const double *a, const double *b, double *c)
{
    for (int i = 0; i < BS; i++)
        for (int k = 0; k < BS; k++) {
            double aik = a[i * BS + k];
            for (int j = 0; j < BS; j++)
                c[i * BS + j] += aik * b[k * BS + j];
        }
}

static void matmul(const double *restrict a, const double *restrict b, double *restrict c, int nb)
{
#pragma omp parallel
#pragma omp single
    for (int i = 0; i < nb; i++)
        for (int j = 0; j < nb; j++)
            for (int k = 0; k < nb; k++) {
                const double *ab = a + (i * nb + k) * BS2, *bb = b + (k * nb + j) * BS2;
                double *cb = c + (i * nb + j) * BS2;
#pragma omp task firstprivate(ab, bb, cb) depend(in: ab[0], bb[0]) depend(inout: cb[0])
                gemm_block(ab, bb, cb);
            }
}

int main(int argc, char **argv)
{
    int nb = (int)bench_arg(argc, argv, 1, 10);
    size_t n = (size_t)nb * nb * BS2;
    double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), *c = calloc(n, sizeof *c);
    if (!a || !b || !c)
        return 1;
    for (size_t e = 0; e < n; e++) {
        a[e] = (double)(e % 13) * 0.25 - 1.0;
        b[e] = (double)(e % 7) * 0.5 - 1.5;
    }
    double t0 = bench_now();
    matmul(a, b, c, nb);
    bench_report(bench_now() - t0);
    double sum = 0.0;
    for (size_t e = 0; e < n; e++)
        sum += c[e] * (double)(e % 5 + 1);
    printf("matmul nb=%d bs=%d checksum %.6e\n", nb, BS, sum);
    free(a);
    free(b);
    free(c);
    return 0;
}
