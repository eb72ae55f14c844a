/* compute_arrays.c — covers: delayed_compute on whole arrays (a 1-D array filled by
 * per-element tasks, a 2-D grid filled by per-row OUT_N tasks), then ordinary code
 * reading every element; a second round of tasks on the computed arrays. */
#include <stdio.h>
#include "delayed.h"

#define W 24
#define H 16

DELAYED int cell(int r, int c) { return (r * 17 + c * 29) % 23; }

DELAYED void row_fill(DELAYED_OUT_N(w) int *row, int w, int r)
{
    for (int c = 0; c < w; c++)
        row[c] = (r + 1) * (c + 1) % 10;
}

DELAYED int row_max(DELAYED_IN_N(w) const int *row, int w)
{
    int m = row[0];
    for (int c = 1; c < w; c++)
        if (row[c] > m) m = row[c];
    return m;
}

int main(void)
{
    int vec[W];
    for (int c = 0; c < W; c++)
        vec[c] = cell(3, c);
    delayed_compute(vec);
    for (int c = 0; c < W; c++)
        printf("%d ", vec[c]);
    printf("\n");

    int grid[H][W];
    for (int r = 0; r < H; r++)
        row_fill(grid[r], W, r);
    delayed_compute(grid);
    long s = 0;
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++)
            s += grid[r][c] * (r + c);
    printf("grid weighted sum=%ld\n", s);

    int maxes[H];
    for (int r = 0; r < H; r++)
        maxes[r] = row_max(grid[r], W);
    delayed_compute(maxes);
    for (int r = 0; r < H; r++)
        printf("%d", maxes[r]);
    printf("\n");
    return 0;
}
