/* option_pricing.c — Monte Carlo option prices for 8 strikes, each task with
 * its own seed (no shared generator), its parameters passed as a small struct by
 * value; all prices are computed at once after the loop.  No finding. */
#include <stdio.h>
#include "delayed.h"

#define PATHS 500000
#define NSTRIKE 8

struct market {
    double spot, vol, rate;
};

static DELAYED double price_call(struct market m, double strike, unsigned seed)
{
    unsigned s = seed;
    double acc = 0.0;
    for (int i = 0; i < PATHS; i++) {
        s = s * 1664525u + 1013904223u;
        double z = ((double)(s >> 8) / 16777216.0 - 0.5) * 3.4;
        double st = m.spot * (1.0 + m.rate + m.vol * z);
        acc += st > strike ? st - strike : 0.0;
    }
    return acc / PATHS;
}

int main(void)
{
    struct market m = { 100.0, 0.2, 0.01 };
    double price[NSTRIKE];
    for (int k = 0; k < NSTRIKE; k++)
        price[k] = price_call(m, 80.0 + 5.0 * k, 1000u + (unsigned)k);
    delayed_compute(price);
    for (int k = 0; k < NSTRIKE; k++)
        printf("strike %.0f: %.4f\n", 80.0 + 5.0 * k, price[k]);
    return 0;
}
