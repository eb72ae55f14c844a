/* staged_report.c — load two data sets, normalize them, then write a combined
 * report, ordered with delayed_after tokens that are all bound by delayed_bind;
 * the report's value is printed at the end.  No finding. */
#include <stdio.h>
#include "delayed.h"

#define N 65536

DELAYED void load(DELAYED_OUT_N(N) double *v, int seed)
{
    unsigned s = (unsigned)seed;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        v[i] = (double)(s >> 16) / 65536.0;
    }
}

DELAYED void normalize(DELAYED_INOUT_N(N) double *v)
{
    double lo = v[0], hi = v[0];
    for (int i = 1; i < N; i++) {
        if (v[i] < lo)
            lo = v[i];
        if (v[i] > hi)
            hi = v[i];
    }
    for (int i = 0; i < N; i++)
        v[i] = (v[i] - lo) / (hi - lo);
}

DELAYED double report(DELAYED_IN_N(N) const double *a, DELAYED_IN_N(N) const double *b)
{
    double d = 0.0;
    for (int i = 0; i < N; i++)
        d += (a[i] - b[i]) * (a[i] - b[i]);
    return d / N;
}

int main(void)
{
    static double a[N], b[N];
    delayed_token la = delayed_after(load(a, 1));
    delayed_token lb = delayed_after(load(b, 2));
    delayed_token na = delayed_after(delayed_bind(normalize, la)(a));
    delayed_token nb = delayed_after(delayed_bind(normalize, lb)(b));
    double d = delayed_bind(report, na, nb)(a, b);
    printf("mean squared difference %.6f\n", d);
    return 0;
}
