/* vla_results.c — variable-length arrays sized at run time (from argc) receiving
 * delayed results element by element, a 2-D VLA `double g[n][n]` filled per
 * element and per row (OUT_N on g[i]), and a VLA passed as DELAYED_IN_N. */
#include <stdio.h>
#include "delayed.h"

DELAYED double f(int i, int j) { return i * 1.5 - j * 0.25; }
DELAYED void row(DELAYED_OUT_N(n) double *r, int n, int i)
{
    for (int j = 0; j < n; j++)
        r[j] = i * 100 + j;
}
DELAYED double sum(DELAYED_IN_N(n) const double *v, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

int main(int argc, char **argv)
{
    (void)argv;
    int n = 6 + (argc & 1);
    double v[n];
    for (int i = 0; i < n; i++)
        v[i] = 0;
    for (int i = 0; i < n; i++)
        v[i] = f(i, 1);
    double sv = sum(&v[0], n);
    double g[n][n];
    for (int i = 0; i < n; i++)
        row(g[i], n, i);
    double h[n][n];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            h[i][j] = f(i, j);
    double rows[n];
    for (int i = 0; i < n; i++)
        rows[i] = sum(&g[i][0], n);
    double tot = 0;
    for (int i = 0; i < n; i++)
        tot += rows[i] + h[i][n - 1 - i];
    printf("n=%d sv=%.3f g[2][3]=%.1f tot=%.3f\n", n, sv, g[2][3], tot);
    return 0;
}
