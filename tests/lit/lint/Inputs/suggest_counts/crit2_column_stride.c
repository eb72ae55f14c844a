/* crit2_column_stride.c — a count suggest must not guess (lit input: lint/suggest-counts.test;
 * from a blind test of suggest --fix). */
#include <stdio.h>
#include <stdlib.h>

static void init_row(double *row, int w, int r)
{
    for (int j = 0; j < w; j++) {
        double v = r;
        for (int k = 0; k < 100; k++) v = v * 0.5 + 1.0;
        row[j] = v + r;
    }
}

/* sum of column c: m[i * ld] for i < h */
static double col_sum(const double *m, int h, int ld)
{
    double s = 0;
    for (int i = 0; i < h; i++) s += m[i * ld];
    return s;
}

int main(void)
{
    enum { W = 512, H = 512 };
    double *m = calloc((size_t)W * H, sizeof(double)), sums[W];
    for (int r = 0; r < H; r++)
        init_row(m + (size_t)r * W, W, r);
    for (int c = 0; c < W; c++)
        sums[c] = col_sum(m + c, H, W);
    double t = 0;
    for (int c = 0; c < W; c++) t += sums[c];
    printf("%.1f\n", t);
    free(m);
    return 0;
}
