/* Rows of a block from malloc through a pointer to rows, each row read by
 * one DELAYED call and written by another. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define LEN 2048
#define ROWS 12

DELAYED long row_sum(DELAYED_IN_N(LEN) const int *row)
{
    long s = 0;
    for (int r = 0; r < 20; r++)
        for (int i = 0; i < LEN; i++) s += row[i] ^ r;
    return s;
}

DELAYED void row_fill(DELAYED_OUT_N(LEN) int *row, int k)
{
    for (int i = 0; i < LEN; i++) row[i] = k * i % 1000;
}

int main(void)
{
    int (*rows)[LEN] = malloc(sizeof(int[LEN]) * ROWS);
    if (!rows) return 1;
    for (int k = 0; k < ROWS; k++) row_fill(rows[k], k);
    long out[ROWS];
    for (int k = 0; k < ROWS; k++) out[k] = row_sum(rows[k]);
    long t = 0;
    for (int k = 0; k < ROWS; k++) t += out[k];
    printf("%ld\n", t);
    free(rows);
    return 0;
}
