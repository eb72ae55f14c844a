// lint-args: --checks=-*,delayed-too-fine
/* only_too_fine.c — with --checks=-*,delayed-too-fine only the too-fine finding
 * is reported; the global-state access, the write through an unmarked pointer and
 * the wrapped call in this file belong to disabled checks. */
#include <stdio.h>
#include "delayed.h"

#define N 1000000

static long calls;

static double cube(double x) { return x * x * x; }

DELAYED double inc(double x) { return x + 1.0; }

DELAYED double tally(const double *v, int n, double *out)
{
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += v[i];
    calls++;
    *out = s;
    return s;
}

int main(void)
{
    static double in[N], out[N];
    double o = 0.0;
    for (int i = 0; i < N; i++)
        in[i] = i * 0.001;
    for (int i = 0; i < N; i++)
        out[i] = inc(in[i]); // emit runs it in batches: no delayed-too-fine
    double t = tally(in, N, &o);
    double c = delayed(cube(2.0));
    printf("%.3f %.3f %.3f %.3f %ld\n", out[N - 1], t, o, c, calls);
    return 0;
}
