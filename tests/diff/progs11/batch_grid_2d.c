/* batch_grid_2d.c — a 2-D grid filled by a nested loop (the outer loop batched), then one delayed reduction per row. */
#include <stdio.h>
#include "delayed.h"

enum { R = 300, C = 400 };
DELAYED int cell(int i, int j) { return (i * 131 + j * 71) % 997; }
DELAYED long row_sum(DELAYED_IN_N(n) const int *row, int n) { long s = 0; for (int j = 0; j < n; j++) s += row[j]; return s; }

int main(void)
{
    static int g[R][C];
    static long rs[R];
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            g[i][j] = cell(i, j);
    for (int i = 0; i < R; i++) rs[i] = row_sum(g[i], C);
    long t = 0;
    for (int i = 0; i < R; i++) t += rs[i] * (i + 1);
    printf("%ld\n", t);
    return 0;
}
