/* Blocks a DELAYED function allocates and returns, each then read by
 * another DELAYED function: the pointers are pending results. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED double *make_series(int n, double step)
{
    double *p = malloc(sizeof(double) * (size_t)n);
    if (!p) exit(1);
    for (int i = 0; i < n; i++) p[i] = (i % 50) * step;
    return p;
}

DELAYED double total(DELAYED_IN_N(n) const double *a, int n)
{
    double s = 0;
    for (int r = 0; r < 20; r++)
        for (int i = 0; i < n; i++) s += a[i];
    return s;
}

int main(void)
{
    double *x = make_series(40000, 0.5);
    double *y = make_series(40000, 0.25);
    double t1 = total(x, 40000);
    double t2 = total(y, 40000);
    printf("%.3f %.3f\n", t1, t2);
    free(x);
    free(y);
    return 0;
}
