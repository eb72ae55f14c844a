/* overwritten.c — fits of a noisy curve.  The first fit's result is stored and
 * then overwritten before anyone reads it: that task was wasted.  A result read
 * on only one branch is still read; a result only waited for with
 * delayed_compute counts as computed; a result passed to another delayed call is
 * read by that call. */
#include <stdio.h>
#include "delayed.h"

#define NS 200000

DELAYED double fit_slope(DELAYED_IN_N(NS) const double *y, int order)
{
    double sx = 0, sy = 0, sxy = 0, sxx = 0;
    for (int i = 0; i < NS; i++) {
        double x = (double)i / NS;
        double yy = y[i] * order;
        sx += x;
        sy += yy;
        sxy += x * yy;
        sxx += x * x;
    }
    return (NS * sxy - sx * sy) / (NS * sxx - sx * sx);
}

DELAYED double residual(DELAYED_IN_N(NS) const double *y, double slope)
{
    double r = 0.0;
    for (int i = 0; i < NS; i++) {
        double d = y[i] - slope * i / NS;
        r += d * d;
    }
    return r;
}

int main(int argc, char **argv)
{
    static double y[NS];
    (void)argv;
    for (int i = 0; i < NS; i++)
        y[i] = 2.0 * i / NS + 0.01 * ((i * 7919) % 13 - 6);

    double slope = fit_slope(y, 1); // expect: delayed-result-unused
    slope = fit_slope(y, 2);

    double quad = fit_slope(y, 3);
    if (argc > 1)
        printf("third-order slope %.5f\n", quad);

    double check = fit_slope(y, 4);
    delayed_compute(check);

    double res = residual(y, slope);
    printf("slope %.5f residual %.5f\n", slope, res);
    return 0;
}
