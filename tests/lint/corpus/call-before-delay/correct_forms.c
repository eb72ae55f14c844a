/* correct_forms.c — only correct call-site forms: delayed(f)(x), delayed((f))(x),
 * a delayed call whose argument is a delayed call, a DELAYED function called
 * directly.  Nothing is evaluated before it is delayed: no finding. */
#include <stdio.h>
#include "delayed.h"

static double integrate(double a, double b)
{
    double h = (b - a) / 1000000.0, s = 0.0;
    for (int i = 0; i < 1000000; i++) {
        double x = a + (i + 0.5) * h;
        s += x * x * h;
    }
    return s;
}

static double twice(double v)
{
    double r = 0.0;
    for (int i = 0; i < 1000000; i++)
        r += v / 500000.0;
    return r;
}

DELAYED double integrate_cubes(double a, double b)
{
    double h = (b - a) / 1000000.0, s = 0.0;
    for (int i = 0; i < 1000000; i++) {
        double x = a + (i + 0.5) * h;
        s += x * x * x * h;
    }
    return s;
}

int main(void)
{
    double p = delayed(integrate)(0.0, 1.0);
    double q = delayed((integrate))(1.0, 2.0);
    double r = delayed(twice)(delayed(integrate)(2.0, 3.0));
    double c = integrate_cubes(0.0, 2.0);
    printf("%.6f %.6f %.6f %.6f\n", p, q, r, c);
    return 0;
}
