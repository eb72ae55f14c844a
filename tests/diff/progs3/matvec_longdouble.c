/* matvec_longdouble.c — dense matrix-vector products on a `double A[N][M]`
 * grid: one delayed task per row-block (DELAYED_IN_N(RB) on a pointer to rows,
 * OUT_N(RB) on the result), a `long double` accumulator returned by DELAYED_PURE
 * dot products, power iteration with a normalization done by ordinary code, and
 * results stored as `long double` in an array. */
#include <stdio.h>
#include "delayed.h"

#define N 64
#define M 64
#define RB 8

DELAYED void matvec_block(DELAYED_IN_N(RB) const double (*rows)[M], DELAYED_IN_N(M) const double *x,
                          DELAYED_OUT_N(RB) double *y)
{
    for (int r = 0; r < RB; r++) {
        double s = 0;
        for (int j = 0; j < M; j++)
            s += rows[r][j] * x[j];
        y[r] = s;
    }
}

DELAYED_PURE long double dotl(DELAYED_IN_N(n) const double *a, DELAYED_IN_N(n) const double *b, int n)
{
    long double s = 0;
    for (int i = 0; i < n; i++)
        s += (long double)a[i] * b[i];
    return s;
}

int main(void)
{
    static double A[N][M];
    double x[M], y[N];
    long double hist[6];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < M; j++)
            A[i][j] = (i == j) ? 4.0 : 1.0 / (1.0 + (i > j ? i - j : j - i));
    for (int j = 0; j < M; j++)
        x[j] = 1.0;

    for (int k = 0; k < 6; k++) {
        for (int b = 0; b < N / RB; b++)
            matvec_block((const double (*)[M])A[b * RB], x, y + b * RB);
        long double yy = dotl(y, y, N);
        long double xy = dotl(x, y, N);
        hist[k] = xy;
        double nrm = 1.0;
        /* Newton steps for sqrt(yy) so that no libm is needed */
        for (int s = 0; s < 40; s++)
            nrm = 0.5 * (nrm + (double)yy / nrm);
        for (int j = 0; j < M; j++)
            x[j] = y[j] / nrm;
        printf("iter %d  rayleigh %.10Lf  |y| %.8f\n", k, xy / dotl(x, x, M) , nrm);
    }
    long double acc = 0;
    for (int k = 0; k < 6; k++)
        acc += hist[k];
    printf("acc=%.6Lf x[0]=%.8f x[N/2]=%.8f\n", acc, x[0], x[N / 2]);
    return 0;
}
