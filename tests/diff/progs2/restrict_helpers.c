/* restrict_helpers.c — ordinary helpers with `restrict` pointer parameters that
 * spawn delayed calls into the output: reversed indices (y[n-1-i]), strided
 * writes (y[2*i+1]), a gather through an index array (y[i] = f(x[idx[i]])), and
 * reads of the output inside the helper before it returns. */
#include <stdio.h>
#include "delayed.h"

DELAYED double f(double v)
{
    double s = v;
    for (int k = 0; k < 2000; k++)
        s = s * 0.999 + 0.001 * v;
    return s * 2 + 1;
}

static void reverse_map(double *restrict y, const double *restrict x, int n)
{
    for (int i = 0; i < n; i++)
        y[n - 1 - i] = f(x[i]);
}

static double strided(double *restrict y, const double *restrict x, int n)
{
    for (int i = 0; i < n; i++)
        y[2 * i + 1] = f(x[i]);
    double s = 0;
    for (int i = 0; i < n; i++)
        s += y[2 * i + 1] - y[2 * i];
    return s;
}

static void gather(double *restrict y, const double *restrict x, const int *restrict idx, int n)
{
    for (int i = 0; i < n; i++)
        y[i] = f(x[idx[i]]);
    for (int i = 1; i < n; i++)
        y[i] += y[i - 1];
}

int main(void)
{
    double x[16], y[16], z[32], g[10];
    int idx[10];
    for (int i = 0; i < 16; i++)
        x[i] = i * 0.5;
    for (int i = 0; i < 32; i++)
        z[i] = -i;
    for (int i = 0; i < 10; i++)
        idx[i] = (i * 7) % 16;
    reverse_map(y, x, 16);
    double s = strided(z, x, 16);
    gather(g, x, idx, 10);
    for (int i = 0; i < 16; i++)
        printf("%.4f ", y[i]);
    printf("\ns=%.4f z[31]=%.4f\n", s, z[31]);
    for (int i = 0; i < 10; i++)
        printf("%.4f ", g[i]);
    printf("\n");
    return 0;
}
