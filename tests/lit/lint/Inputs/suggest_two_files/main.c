/* main.c — the program: loops over the library's calls */
#include <stdio.h>
#include "lib.h"
#ifndef ROWS
#define ROWS 8
#endif
#define COLS 2000
static double data[ROWS][COLS], out[ROWS][COLS];
int main(void)
{
    double res[ROWS], t = 0;
    int cnt[ROWS], ren[ROWS];
    int k, i;
    for (k = 0; k < ROWS; k++) for (i = 0; i < COLS; i++) data[k][i] = k + i * 0.5;
    for (k = 0; k < ROWS; k++) res[k] = weigh(data[k], COLS);
    for (k = 0; k < ROWS; k++) scale_into(out[k], data[k], COLS, 0.5 + k);
    for (k = 0; k < ROWS; k++) cnt[k] = unnamed(data[k], COLS);
    for (k = 0; k < ROWS; k++) ren[k] = renamed(data[k], COLS);
    for (k = 0; k < ROWS; k++) t += res[k] + out[k][COLS - 1] + cnt[k] + ren[k];
    printf("%.1f\n", t);
    return 0;
}
