/* Small calls whose parameters are declared as arrays (adjusted to pointers):
 * a row of a 2D table written, a whole table read. */
#include <stdio.h>
#include "delayed.h"

#define N 400
#define M 8

static double g[N][M], rowmax[N][2];

DELAYED static void row_stats(DELAYED_IN_N(N) const double t[N][M], int i, DELAYED_OUT_N(2) double out[2])
{
    double mx = t[i][0], s = 0.0;
    for (int j = 0; j < M; j++) {
        if (t[i][j] > mx) mx = t[i][j];
        s += t[i][j] * (i + 1);
    }
    out[0] = mx;
    out[1] = s;
}

int main(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < M; j++) g[i][j] = (double)((i * 37 + j * 11) % 101);
    double total = 0.0;
    for (int round = 0; round < 20; round++) {
        for (int i = 0; i < N; i++)
            row_stats(g, i, rowmax[i]);
        for (int i = 0; i < N; i++) total += rowmax[i][0] + rowmax[i][1] * 1e-3;
    }
    printf("%.3f\n", total);
    return 0;
}
