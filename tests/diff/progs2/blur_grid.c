/* blur_grid.c — a 3x3 box blur on a 2-D `double img[H][W]` array: one delayed
 * task per output row, reading the whole image through a pointer to rows
 * (DELAYED_IN_N(H)) and writing its row (DELAYED_OUT_N(W)); two passes, the
 * second reading the output of the first. */
#include <stdio.h>
#include "delayed.h"

#define H 24
#define W 32

DELAYED void blur_row(DELAYED_IN_N(H) const double (*src)[W], DELAYED_OUT_N(W) double *dst, int r)
{
    for (int c = 0; c < W; c++) {
        double s = 0;
        int n = 0;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                int rr = r + dr, cc = c + dc;
                if (rr < 0 || rr >= H || cc < 0 || cc >= W)
                    continue;
                s += src[rr][cc];
                n++;
            }
        dst[c] = s / n;
    }
}

int main(void)
{
    static double img[H][W], tmp[H][W], out[H][W];
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++)
            img[r][c] = ((r * 7 + c * 13) % 17) / 4.0;

    for (int r = 0; r < H; r++)
        blur_row((const double (*)[W])img, tmp[r], r);
    for (int r = 0; r < H; r++)
        blur_row((const double (*)[W])tmp, out[r], r);

    double sum = 0;
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++)
            sum += out[r][c];
    printf("out[0][0]=%.6f out[%d][%d]=%.6f out[12][16]=%.6f\n", out[0][0], H - 1, W - 1,
           out[H - 1][W - 1], out[12][16]);
    printf("sum=%.6f\n", sum);
    return 0;
}
