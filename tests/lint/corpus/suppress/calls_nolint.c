/* calls_nolint.c — suppressions at call sites: call-before-delay and nested
 * findings silenced on the line, from the line before, and by a begin/end region
 * around a whole function; a region for one check leaves another check's finding
 * inside it reported, and so does a same-line comment naming another check. */
#include <stdio.h>
#include "delayed.h"

#define WORK 1000000

static double work(double x)
{
    double y = 0.0;
    for (int i = 0; i < WORK; i++)
        y += x / WORK;
    return y;
}

DELAYED double step(double x)
{
    double y = x;
    for (int i = 0; i < WORK; i++)
        y = 0.9999 * y + 0.0001;
    return y;
}

DELAYED double two_steps(double x)
{
    double a = step(x); // NOLINT(delayed-nested)
    // NOLINTNEXTLINE(delayed-nested)
    double b = step(x + 1.0);
    return a + b;
}

// NOLINTBEGIN(delayed-nested)
DELAYED double three_steps(double x)
{
    double a = step(x);
    double b = step(x + 1.0);
    double c = delayed(work(x + 2.0)); // expect: delayed-call-before-delay
    return a + b + c;
}
// NOLINTEND(delayed-nested)

int main(void)
{
    double p = delayed(work(1.0)); // NOLINT(delayed-call-before-delay)
    // NOLINTNEXTLINE(delayed-call-before-delay)
    double q = delayed(work(2.0));
    double r = delayed(work(3.0)); // NOLINT(delayed-nested) expect: delayed-call-before-delay
    double s = two_steps(1.0);
    double t = three_steps(2.0);
    double u = delayed(work)(4.0);
    printf("%.4f %.4f %.4f %.4f %.4f %.4f\n", p, q, r, s, t, u);
    return 0;
}
