/* matmul.c — blocked matrix multiply C += A*B on matrices stored block by block
 * (block (i,j) of NB x NB blocks at X + (i*NB + j)*BS2): one task per (i,j,k)
 * block product; the k chain on a C block is ordered by its dependencies
 * (annotated serial source; delayc's input). */
#include "common.h"
#include "delayed.h"

#define BS 96
#define BS2 (BS * BS)

DELAYED void gemm_block(DELAYED_IN_N(bs2) const double *a, DELAYED_IN_N(bs2) const double *b,
                        DELAYED_INOUT_N(bs2) double *c, int bs2)
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
    for (int i = 0; i < nb; i++)
        for (int j = 0; j < nb; j++)
            for (int k = 0; k < nb; k++)
                gemm_block(a + (i * nb + k) * BS2, b + (k * nb + j) * BS2, c + (i * nb + j) * BS2, BS2);
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
