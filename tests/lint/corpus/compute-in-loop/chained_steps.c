/* chained_steps.c — a ten-step relaxation where each step takes the previous
 * step's state: passing a pending result to the next delayed call is not a sync
 * point (the argument is evaluated in the task), so the loop does not wait; the
 * result is read once, after the loop.  A checkpoint loop that branches on the
 * pending energy inside the loop does wait. */
#include <stdio.h>
#include "delayed.h"

#define STEPS 10
#define SWEEPS 3000000

DELAYED double relax(double state, double k)
{
    double s = state;
    for (int i = 0; i < SWEEPS; i++)
        s += k * (1.0 - s) / SWEEPS;
    return s;
}

DELAYED double energy(double state)
{
    double e = 0.0;
    for (int i = 0; i < SWEEPS; i++)
        e += state * state / SWEEPS;
    return e;
}

int main(void)
{
    double s = 0.0;
    for (int i = 0; i < STEPS; i++)
        s = relax(s, 0.5);
    double final_energy = energy(s);

    double t = 0.0;
    int checkpoints = 0;
    for (int i = 0; i < STEPS; i++) {
        t = relax(t, 0.25);
        double e = energy(t);
        if (e > 0.5) // expect: delayed-compute-in-loop
            checkpoints++;
    }

    printf("%.6f %.6f %d\n", s, final_energy, checkpoints);
    return 0;
}
