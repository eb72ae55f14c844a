/* stencil_steps.c — a 1-D heat stencil over 4 domains for 3 time steps: each
 * step's tasks read the previous grid (DELAYED_IN_N, with a one-cell halo) and
 * write their own part of the next grid (DELAYED_OUT_N); the loop over steps
 * spawns tasks and reads nothing pending, and the energy is computed after it.
 * No finding. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define CELLS 400000
#define DOM 4
#define PART (CELLS / DOM)
#define STEPS 3

DELAYED void diffuse(DELAYED_IN_N(PART + 2) const double *prev, DELAYED_OUT_N(PART) double *next)
{
    for (int rep = 0; rep < 20; rep++)
        for (int i = 0; i < PART; i++)
            next[i] = prev[i + 1] + 0.1 * (prev[i] - 2.0 * prev[i + 1] + prev[i + 2]);
}

DELAYED double energy(DELAYED_IN_N(CELLS + 2) const double *g)
{
    double e = 0.0;
    for (int i = 0; i < CELLS + 2; i++)
        e += g[i] * g[i];
    return e;
}

int main(void)
{
    double *u = calloc(CELLS + 2, sizeof *u);
    double *v = calloc(CELLS + 2, sizeof *v);
    if (!u || !v)
        return 1;
    u[CELLS / 2] = 1000.0;
    for (int s = 0; s < STEPS; s++) {
        const double *from = s % 2 ? v : u;
        double *to = s % 2 ? u : v;
        for (int d = 0; d < DOM; d++)
            diffuse(from + d * PART, to + 1 + d * PART);
    }
    double e1 = energy(u);
    double e2 = energy(v);
    printf("energy %.6f %.6f\n", e1, e2);
    free(v);
    free(u);
    return 0;
}
