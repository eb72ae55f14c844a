/*
 * matrix_blocks.c - cache-blocked dense matrix multiply, C = A * B,
 * followed by per-block Frobenius norms of C and a Freivalds-style
 * check of the product against A * (B * x).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef N
#define N    1280
#endif
#define BS   64                      /* block size, must divide N */
#define NB   (N / BS)

#if N % BS != 0
#error "N must be a multiple of BS"
#endif

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define IDX_CHECK(i) do { if ((i) < 0 || (i) >= N) { \
        fprintf(stderr, "index %d out of range\n", (i)); exit(EXIT_FAILURE); } } while (0)

typedef struct {
    double norm;
    double max_abs;
    int    bi, bj;
} BlockStat;

static double A[N][N];
static double B[N][N];
static double C[N][N];

static BlockStat block_stats[NB][NB];

/* Scaling factors, set once by init_scales() and read-only afterwards. */
static double row_scale[N];
static double col_scale[N];

/* Small read-only pattern table used by the generators. */
static const double pattern[8] = { 0.5, -0.25, 1.0, 0.75, -1.0, 0.125, -0.5, 0.25 };

static void init_scales(void)
{
    int i;
    for (i = 0; i < N; i++) {
        row_scale[i] = 1.0 + 0.5 * sin(0.01 * i);
        col_scale[i] = 1.0 / (1.0 + (i % 7) * 0.1);
    }
}

static void fill_matrices(void)
{
    int i, j;
    for (i = 0; i < N; i++) {
        for (j = 0; j < N; j++) {
            A[i][j] = row_scale[i] * pattern[(i * 3 + j) & 7] + ((i * 131 + j * 71) % 97) / 97.0 - 0.5;
            B[i][j] = col_scale[j] * pattern[(i + j * 5) & 7] + ((i * 17 + j * 29) % 89) / 89.0 - 0.5;
        }
    }
}

/* C[ii.., jj..] += A[ii.., kk..] * B[kk.., jj..] for one block triple. */
static void multiply_block(int ii, int jj, int kk)
{
    int i, j, k;
    for (i = ii; i < ii + BS; i++) {
        for (k = kk; k < kk + BS; k++) {
            const double a = A[i][k];
            for (j = jj; j < jj + BS; j++)
                C[i][j] += a * B[k][j];
        }
    }
}

static void matmul_blocked(void)
{
    int ii, jj, kk;

    memset(C, 0, sizeof C);
    for (ii = 0; ii < N; ii += BS)
        for (jj = 0; jj < N; jj += BS)
            for (kk = 0; kk < N; kk += BS)
                multiply_block(ii, jj, kk);
}

static void block_norms(void)
{
    int bi, bj, i, j;

    for (bi = 0; bi < NB; bi++) {
        for (bj = 0; bj < NB; bj++) {
            BlockStat *s = &block_stats[bi][bj];
            double sum = 0.0, mx = 0.0;
            for (i = bi * BS; i < (bi + 1) * BS; i++) {
                for (j = bj * BS; j < (bj + 1) * BS; j++) {
                    double v = C[i][j];
                    sum += v * v;
                    if (fabs(v) > mx)
                        mx = fabs(v);
                }
            }
            s->norm = sqrt(sum);
            s->max_abs = mx;
            s->bi = bi;
            s->bj = bj;
        }
    }
}

/* y = M x for an N x N matrix. */
static void matvec(double M[N][N], const double *x, double *y)
{
    int i, j;
    for (i = 0; i < N; i++) {
        double s = 0.0;
        for (j = 0; j < N; j++)
            s += M[i][j] * x[j];
        y[i] = s;
    }
}

/* Returns the largest relative difference between C x and A (B x). */
static double freivalds_check(void)
{
    double *x = malloc(3 * N * sizeof *x), *bx, *abx, *cx;
    double worst = 0.0;
    int i;

    cx = malloc(N * sizeof *cx);
    if (!x || !cx) {
        fprintf(stderr, "matrix_blocks: out of memory\n");
        exit(EXIT_FAILURE);
    }
    bx = x + N;
    abx = x + 2 * N;
    for (i = 0; i < N; i++)
        x[i] = pattern[i & 7] + 1.0 / (i + 1);

    matvec(B, x, bx);
    matvec(A, bx, abx);
    matvec(C, x, cx);
    for (i = 0; i < N; i++) {
        double d = fabs(cx[i] - abx[i]) / (1.0 + fabs(abx[i]));
        if (d > worst)
            worst = d;
    }
    free(cx);
    free(x);
    return worst;
}

static double trace(double M[N][N])
{
    double t = 0.0;
    int i;
    for (i = 0; i < N; i++)
        t += M[i][i];
    return t;
}

int main(void)
{
    int bi, bj, i;
    const BlockStat *best = &block_stats[0][0];
    double total = 0.0, err;
    unsigned long long h = 1469598103934665603ull;

    init_scales();
    fill_matrices();
    matmul_blocked();
    block_norms();

    for (bi = 0; bi < NB; bi++) {
        for (bj = 0; bj < NB; bj++) {
            const BlockStat *s = &block_stats[bi][bj];
            total += s->norm * s->norm;
            if (s->norm > best->norm)
                best = s;
        }
    }
    for (i = 0; i < N; i += 37) {
        IDX_CHECK(i);
        h = (h ^ (unsigned long long)llround(C[i][(i * 7) % N] * 1e6)) * 1099511628211ull;
    }
    err = freivalds_check();

    printf("N %d BS %d: trace(C) %.9e  ||C||_F %.9e\n", N, BS, trace(C), sqrt(total));
    printf("largest block (%d,%d): norm %.9e max %.9e\n", best->bi, best->bj, best->norm, best->max_abs);
    printf("diag block norms:");
    for (bi = 0; bi < NB; bi++)
        printf(" %.6e", block_stats[bi][bi].norm);
    printf("\n");
    printf("sample hash %016llx  freivalds %s (%.2e)\n", h, err < 1e-9 ? "ok" : "MISMATCH", err);
    return err < 1e-9 ? EXIT_SUCCESS : EXIT_FAILURE;
}
