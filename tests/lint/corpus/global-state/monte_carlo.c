/* monte_carlo.c — estimate pi by sampling.  estimate_pi_shared draws from a
 * file-level generator state (read once, written back once); estimate_pi takes
 * its seed as a parameter.  A const global and a static const are fine, and main
 * may set the global state: main is not a delayed function. */
#include <stdio.h>
#include "delayed.h"

static unsigned long rng_state = 12345;
const double PI_REF = 3.14159265358979;
static const int SAMPLES = 1000000;

static unsigned long lcg(unsigned long s) { return s * 6364136223846793005UL + 1442695040888963407UL; }

static double unit(unsigned long s) { return (double)(s >> 11) / 9007199254740992.0; }

DELAYED double estimate_pi_shared(int trials)
{
    unsigned long s = rng_state; // expect: delayed-global-state
    int hits = 0;
    for (int i = 0; i < trials; i++) {
        s = lcg(s);
        double x = unit(s);
        s = lcg(s);
        double y = unit(s);
        if (x * x + y * y <= 1.0)
            hits++;
    }
    rng_state = s; // expect: delayed-global-state
    return 4.0 * hits / trials;
}

DELAYED double estimate_pi(unsigned long seed, int trials)
{
    unsigned long s = seed;
    int hits = 0;
    for (int i = 0; i < trials; i++) {
        s = lcg(s);
        double x = unit(s);
        s = lcg(s);
        double y = unit(s);
        if (x * x + y * y <= 1.0)
            hits++;
    }
    return 4.0 * hits / trials;
}

DELAYED double error_of(double estimate) { return estimate - PI_REF; }

int main(void)
{
    rng_state = 99;
    double a = estimate_pi_shared(SAMPLES);
    double b = estimate_pi(7, SAMPLES);
    double e = error_of(b);
    printf("shared %.5f  seeded %.5f  error %.5f\n", a, b, e);
    return 0;
}
