#include <stdio.h>
#include <math.h>
#define R 8
#define C 32
static double m[R][C];
static void do_row(double *row, int r)
{
    int c;
    for (c = 0; c < C; c++) {
        double s = 0; int k;
        for (k = 0; k < 400; k++) s += sin(r + c + k * 0.01);
        row[c] = s;
    }
}
int main(void)
{
    int r, rep;
    double t = 0;
    for (rep = 0; rep < 2; rep++)
        for (r = 0; r < R; r++)
            do_row(m[r], r + rep);
    for (r = 0; r < R; r++) t += m[r][0] + m[r][C - 1];
    printf("%.6f\n", t);
    return 0;
}
