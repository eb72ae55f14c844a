/* batch_alias_shift.c — a map over pointer parameters that may alias: called with out = in + 1, each call reads the element the previous call wrote; called with disjoint arrays, the calls are independent.  The batch is spawned before a call whose argument reads what a pending record writes. */
#include <stdio.h>
#include "delayed.h"

DELAYED double step(double x) { return x * 0.5 + 1.0; }

static void map(const double *in, double *out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = step(in[i]);
}

int main(void)
{
    enum { N = 20000 };
    static double a[N + 1], b[N], c[N];
    a[0] = 1.0;
    for (int i = 0; i < N; i++) b[i] = i % 17;
    map(a, a + 1, N);
    map(b, c, N);
    double sa = 0, sc = 0;
    for (int i = 0; i <= N; i++) sa += a[i];
    for (int i = 0; i < N; i++) sc += c[i];
    printf("%.6f %.6f %.6f\n", a[N], sa, sc);
    return 0;
}
