/* crit4_proto_unnamed.c — a count suggest must not guess (lit input: lint/suggest-counts.test;
 * from a blind test of suggest --fix). */
#include <stdio.h>

double sumsq(const double *, int);   /* legacy prototype: no parameter names */

int main(void)
{
    static double a[64][4096], r[64];
    for (int j = 0; j < 64; j++)
        for (int i = 0; i < 4096; i++) a[j][i] = (i % 13) * 0.5;
    for (int j = 0; j < 64; j++) r[j] = sumsq(a[j], 4096);
    double t = 0;
    for (int j = 0; j < 64; j++) t += r[j];
    printf("%.4f\n", t);
    return 0;
}

double sumsq(const double *x, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++) s += x[i] * x[i];
    return s;
}
