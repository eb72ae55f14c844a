/* heat2d_rows.c — a scientist's port of a numpy heat-equation script: a
 * `double g[N][M]` grid, one delayed task per interior row computing a 5-point
 * stencil from three input rows (DELAYED_IN_N(3) on a pointer to rows) into an
 * output row (DELAYED_OUT_N(M)); time steps alternate between two static grids
 * (no pointer swap); per-row residuals in `double res[N]` reduced serially;
 * boundary rows copied by ordinary code between steps. */
#include <stdio.h>
#include "delayed.h"

#define N 40
#define M 48
#define STEPS 12

DELAYED void stencil_row(DELAYED_IN_N(3) const double (*rows)[M], DELAYED_OUT_N(M) double *out)
{
    const double *up = rows[0], *mid = rows[1], *dn = rows[2];
    out[0] = mid[0];
    out[M - 1] = mid[M - 1];
    for (int j = 1; j < M - 1; j++)
        out[j] = mid[j] + 0.2 * (up[j] + dn[j] + mid[j - 1] + mid[j + 1] - 4.0 * mid[j]);
}

DELAYED_PURE double row_residual(DELAYED_IN_N(M) const double *a, DELAYED_IN_N(M) const double *b)
{
    double s = 0;
    for (int j = 0; j < M; j++) {
        double d = a[j] - b[j];
        s += d < 0 ? -d : d;
    }
    return s;
}

int main(void)
{
    static double g[N][M], h[N][M];
    double res[N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < M; j++)
            g[i][j] = (i == 0) ? 100.0 : ((i * 31 + j * 17) % 23) * 0.5;

    for (int t = 0; t < STEPS; t++) {
        if (t % 2 == 0) {
            for (int i = 1; i < N - 1; i++)
                stencil_row((const double (*)[M])&g[i - 1], h[i]);
            for (int j = 0; j < M; j++) {
                h[0][j] = g[0][j];
                h[N - 1][j] = g[N - 1][j];
            }
            for (int i = 0; i < N; i++)
                res[i] = row_residual(g[i], h[i]);
        } else {
            for (int i = 1; i < N - 1; i++)
                stencil_row((const double (*)[M])&h[i - 1], g[i]);
            for (int j = 0; j < M; j++) {
                g[0][j] = h[0][j];
                g[N - 1][j] = h[N - 1][j];
            }
            for (int i = 0; i < N; i++)
                res[i] = row_residual(h[i], g[i]);
        }
        double total = 0;
        for (int i = 0; i < N; i++)
            total += res[i];
        printf("step %2d residual %.9f\n", t, total);
    }
    double sum = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < M; j++)
            sum += g[i][j];
    printf("g[1][1]=%.9f g[20][24]=%.9f sum=%.6f\n", g[1][1], g[20][24], sum);
    return 0;
}
