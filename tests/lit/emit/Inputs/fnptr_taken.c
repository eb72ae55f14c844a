/* A DELAYED function calling through a function-pointer parameter; the
 * functions whose address is taken print nothing, unless NOISY. */
#include <stdio.h>
#include "delayed.h"

typedef double (*unary_fn)(double);

static double sq(double x) { return x * x; }
#ifdef NOISY
static double cube(double x) { printf("."); return x * x * x; }
#else
static double cube(double x) { return x * x * x; }
#endif

DELAYED double integrate(unary_fn f, double a, double b, int n)
{
    double h = (b - a) / n, s = 0;
    for (int i = 0; i < n; i++)
        s += f(a + i * h) * h;
    return s;
}

int main(void)
{
    double r1 = integrate(sq, 0, 1, 1000);
    double r2 = integrate(cube, 0, 1, 1000);
    printf("%.9f %.9f\n", r1, r2);
    return 0;
}
