/* doubles_reduce.c — covers: double-precision tasks (per-chunk partial sums of a
 * deterministic series, a pairwise tree reduction by delayed add in a fixed order,
 * a dot product per row) whose results are printed with fixed formats; the program
 * fixes every reduction order itself so serial and parallel agree bit for bit. */
#include <stdio.h>
#include "delayed.h"

DELAYED double partial(long lo, long hi)
{
    double s = 0.0;
    for (long k = lo; k < hi; k++)
        s += (k % 2 ? -1.0 : 1.0) / (2.0 * (double)k + 1.0);
    return s;
}

DELAYED double addd(double a, double b) { return a + b; }

DELAYED double rowdot(DELAYED_IN_N(n) const double *a, DELAYED_IN_N(n) const double *b, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

#define CH 64

int main(void)
{
    double p[CH];
    const long per = 4000;
    for (int c = 0; c < CH; c++)
        p[c] = partial(c * per, (c + 1) * per);
    for (int w = 1; w < CH; w *= 2)
        for (int c = 0; c + w < CH; c += 2 * w)
            p[c] = addd(p[c], p[c + w]);
    printf("pi ~ %.15f\n", 4.0 * p[0]);

    static double m[32][100], v[100];
    for (int j = 0; j < 100; j++)
        v[j] = 1.0 / (j + 1);
    for (int i = 0; i < 32; i++)
        for (int j = 0; j < 100; j++)
            m[i][j] = (double)((i * 7 + j * 3) % 11) - 5.0;
    double d[32];
    for (int i = 0; i < 32; i++)
        d[i] = rowdot(m[i], v, 100);
    double total = 0.0;
    for (int i = 0; i < 32; i++)
        total += d[i];
    printf("d[0]=%.10f d[31]=%.10f total=%.10f\n", d[0], d[31], total);
    printf("%a\n", total);
    return 0;
}
