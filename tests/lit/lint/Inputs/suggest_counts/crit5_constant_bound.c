/* crit5_constant_bound.c — a count proved by a constant loop bound: every use
 * of y is y[i] in `for (i = 0; i < COLS; i++)`, so DELAYED_OUT_N(COLS), the
 * macro kept (lit input: lint/suggest-counts.test). */
#include <stdio.h>
#include <math.h>

#define ROWS 32
#define COLS 512

static double grid[ROWS][COLS];

static void fill_row(int r, double *y)
{
    for (int i = 0; i < COLS; i++) {
        double s = 0;
        for (int k = 0; k < 20; k++) s += sin(r * 0.1 + i * 0.01 + k);
        y[i] = s;
    }
}

int main(void)
{
    for (int r = 0; r < ROWS; r++) fill_row(r, grid[r]);
    double t = 0;
    for (int r = 0; r < ROWS; r++)
        for (int i = 0; i < COLS; i++) t += grid[r][i];
    printf("%.4f\n", t);
    return 0;
}
