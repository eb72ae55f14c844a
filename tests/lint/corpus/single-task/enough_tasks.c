/* enough_tasks.c — functions that give the scheduler something to overlap: two
 * tasks before the first wait, a loop of eight tasks, a delayed_after/bind pair,
 * and a function that spawns nothing.  No finding. */
#include <stdio.h>
#include "delayed.h"

#define N 1000000
#define M 4096

DELAYED double integrate(double a, double b)
{
    double h = (b - a) / N, s = 0.0;
    for (int i = 0; i < N; i++) {
        double x = a + (i + 0.5) * h;
        s += x * x * h;
    }
    return s;
}

DELAYED void fill(DELAYED_OUT_N(M) double *v, double k)
{
    for (int i = 0; i < M; i++)
        v[i] = k * (i % 100);
}

DELAYED double total(DELAYED_IN_N(M) const double *v)
{
    double s = 0.0;
    for (int i = 0; i < M; i++)
        s += v[i];
    return s;
}

static double two_halves(void)
{
    double lo = integrate(0.0, 1.0);
    double hi = integrate(1.0, 2.0);
    return lo + hi;
}

static double eight_parts(void)
{
    double part[8], s = 0.0;
    for (int i = 0; i < 8; i++)
        part[i] = integrate(i, i + 1.0);
    for (int i = 0; i < 8; i++)
        s += part[i];
    return s;
}

static double fill_then_sum(void)
{
    double v[M];
    delayed_token t = delayed_after(fill(v, 0.5));
    double s = delayed_bind(total, t)(v);
    return s;
}

static double exact(void) { return 8.0 / 3.0; }

int main(void)
{
    double a = two_halves(), b = eight_parts(), c = fill_then_sum();
    printf("%.6f %.6f %.3f %.6f\n", a, b, c, exact());
    return 0;
}
