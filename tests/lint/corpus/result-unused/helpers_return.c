/* helpers_return.c — results that leave a function: returned to the caller,
 * passed to an ordinary function, stored through an out-parameter by ordinary
 * code.  All are used.  One helper spawns a band it never uses (the call's
 * value is discarded): that task is wasted. */
#include <stdio.h>
#include "delayed.h"

#define N 4096

DELAYED double band_power(int lo, int hi)
{
    double p = 0.0;
    for (int rep = 0; rep < 100; rep++)
        for (int k = lo; k < hi; k++)
            p += (double)(k % 13) / (k + 1) / 100.0;
    return p;
}

static double ratio(double a, double b) { return b != 0.0 ? a / b : 0.0; }

static double low_high(void)
{
    double lo = band_power(0, N / 2);
    double hi = band_power(N / 2, N);
    return ratio(lo, hi);
}

static double both(double *out_hi)
{
    double lo = band_power(0, N / 4);
    double hi = band_power(N / 4, N);
    *out_hi = hi;
    return lo;
}

static double first_only(void)
{
    double lo = band_power(0, N / 8);
    band_power(N / 8, N / 4); // expect: delayed-result-unused
    double hi = band_power(N / 4, N);
    return lo + hi;
}

int main(void)
{
    double hi = 0.0;
    double r = low_high();
    double lo = both(&hi);
    double f = first_only();
    printf("%.5f %.5f %.5f %.5f\n", r, lo, hi, f);
    return 0;
}
