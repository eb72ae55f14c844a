/* wrapped_calls.c — a pricing task that turns ordinary functions into tasks
 * with delayed(f)(...) from inside a delayed function, in a nested block.  The
 * ordinary helpers it calls directly are fine, and so is a plain (non-delayed)
 * driver function that calls delayed functions: it is the caller. */
#include <stdio.h>
#include "delayed.h"

#define PATHS 400000

static double path_mean(double s0, double vol, unsigned seed)
{
    unsigned s = seed;
    double acc = 0.0;
    for (int i = 0; i < PATHS; i++) {
        s = s * 1103515245u + 12345u;
        double z = ((double)(s >> 8) / 16777216.0 - 0.5) * 3.4;
        acc += s0 * (1.0 + vol * z - 0.5 * vol * vol);
    }
    return acc / PATHS;
}

static double payoff(double mean, double strike) { return mean > strike ? mean - strike : 0.0; }

DELAYED double price(double s0, double vol, int hedged)
{
    double m = path_mean(s0, vol, 1u);
    double p = payoff(m, 100.0);
    if (hedged) {
        double up = delayed(path_mean)(s0 * 1.01, vol, 2u); // expect: delayed-nested
        double down = delayed(path_mean)(s0 * 0.99, vol, 3u); // expect: delayed-nested
        p -= 0.5 * (up - down);
    }
    return p;
}

DELAYED double price_flat(double s0, double vol)
{
    return payoff(path_mean(s0, vol, 4u), 100.0);
}

static double book(double s0)
{
    double a = price(s0, 0.2, 0);
    double b = price_flat(s0, 0.3);
    return a + b;
}

int main(void)
{
    double d = book(100.0);
    double h = price(105.0, 0.25, 1);
    double f = price_flat(95.0, 0.25);
    printf("%.5f %.5f %.5f\n", d, h, f);
    return 0;
}
