/* 06_grid2d.c — nested loops over 2-D grids: g[i][j] = f(i, j) into a static array
 * of main and into a flat malloc'd grid h[i * W + j], then a stencil map reading the
 * first grid's neighbours, and row sums in fixed order. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define H 400
#define W 500

DELAYED static int field(int i, int j) { return (i * 131 + j * 71 + i * j) % 257; }
DELAYED static int smooth(int c, int up, int left) { return (2 * c + up + left) / 4; }

int main(void)
{
    static int g[H][W];
    int *h = malloc((size_t)H * W * sizeof *h);
    if (!h)
        return 1;

    for (int i = 0; i < H; i++)
        for (int j = 0; j < W; j++)
            g[i][j] = field(i, j);

    for (int i = 1; i < H; i++)
        for (int j = 1; j < W; j++)
            h[i * W + j] = smooth(g[i][j], g[i - 1][j], g[i][j - 1]);
    for (int j = 0; j < W; j++)
        h[j] = 0;
    for (int i = 1; i < H; i++)
        h[i * W] = 0;

    long gs = 0, hs = 0, diag = 0;
    for (int i = 0; i < H; i++) {
        long row = 0;
        for (int j = 0; j < W; j++)
            row += g[i][j];
        gs += row * (i % 3 + 1);
    }
    for (int i = 0; i < H; i++)
        for (int j = 0; j < W; j++)
            hs += h[i * W + j];
    for (int k = 0; k < H; k++)
        diag += g[k][k] - h[k * W + k];
    printf("g=%ld h=%ld diag=%ld\n", gs, hs, diag);
    free(h);
    return 0;
}
