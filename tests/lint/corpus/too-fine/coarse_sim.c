/* coarse_sim.c — eight independent heat-equation runs, each a million cell
 * updates: a handful of coarse tasks, nothing to batch.  A loop with a small
 * trip count of cheap-looking calls whose bodies loop a million times is not too
 * fine either.  No finding. */
#include <stdio.h>
#include "delayed.h"

#define CELLS 1000
#define STEPS 1000
#define RUNS 8

DELAYED double heat_run(double alpha)
{
    double u[CELLS], v[CELLS];
    for (int i = 0; i < CELLS; i++)
        u[i] = (i == CELLS / 2) ? 1000.0 : 0.0;
    for (int s = 0; s < STEPS; s++) {
        v[0] = u[0];
        v[CELLS - 1] = u[CELLS - 1];
        for (int i = 1; i < CELLS - 1; i++)
            v[i] = u[i] + alpha * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
        for (int i = 0; i < CELLS; i++)
            u[i] = v[i];
    }
    return u[CELLS / 2];
}

DELAYED double harmonic(int k)
{
    double s = 0.0;
    for (int i = 1; i <= 1000000; i++)
        s += 1.0 / (i + k);
    return s;
}

int main(void)
{
    double peak[RUNS], h[4];
    for (int r = 0; r < RUNS; r++)
        peak[r] = heat_run(0.05 + 0.05 * r);
    for (int k = 0; k < 4; k++)
        h[k] = harmonic(k);
    double best = peak[0];
    for (int r = 1; r < RUNS; r++)
        if (peak[r] > best)
            best = peak[r];
    printf("best %.4f, harmonics %.4f %.4f\n", best, h[0], h[3]);
    return 0;
}
