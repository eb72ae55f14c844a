/* main.c — checksums, maxima and norms of the row blocks of a matrix. */
#include <stdio.h>
#include <stdlib.h>
#include "blocks.h"
#include "params.h"
#include "util/mathx.h"

#define NBLOCKS (ROWS / BLOCK_ROWS)
#define BLOCK (BLOCK_ROWS * COLS)

int main(void)
{
    int *m = malloc(sizeof(int) * ROWS * COLS);
    if (!m)
        return 1;
    make_matrix(m, ROWS * COLS, 7);

    long long sums[NBLOCKS];
    int maxima[NBLOCKS];
    double norms[NBLOCKS];
    for (int b = 0; b < NBLOCKS; b++) {
        sums[b] = block_checksum(m + b * BLOCK, BLOCK);
        maxima[b] = block_max(m + b * BLOCK, BLOCK);
        norms[b] = norm(m + b * BLOCK, BLOCK);
    }
    for (int b = 0; b < NBLOCKS; b++)
        printf("block %2d: checksum %10lld  max %5d  norm %.6f\n", b, sums[b], maxima[b], norms[b]);
    free(m);
    return 0;
}
