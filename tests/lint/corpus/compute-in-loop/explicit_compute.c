/* explicit_compute.c — a parameter sweep of a damped oscillator.  The first
 * sweep calls delayed_compute on each result inside the loop (the wait is the
 * finding; once computed, the value is no longer pending, so the comparison after
 * it is not a second finding).  The second sweep spawns every run and computes
 * the whole array once, after the loop. */
#include <stdio.h>
#include "delayed.h"

#define RUNS 12
#define STEPS 2000000

DELAYED double simulate(double damping)
{
    double x = 1.0, v = 0.0, dt = 1e-5, peak = 0.0;
    for (int i = 0; i < STEPS; i++) {
        v += (-x - damping * v) * dt;
        x += v * dt;
        if (x > peak)
            peak = x;
    }
    return x + peak;
}

int main(void)
{
    double r[RUNS], best = -1.0;
    int best_i = -1;
    for (int i = 0; i < RUNS; i++) {
        r[i] = simulate(0.05 * i);
        delayed_compute(r[i]); // expect: delayed-compute-in-loop
        if (r[i] > best) {
            best = r[i];
            best_i = i;
        }
    }

    double s[RUNS];
    for (int i = 0; i < RUNS; i++)
        s[i] = simulate(0.07 * i);
    delayed_compute(s);
    double sbest = s[0];
    for (int i = 1; i < RUNS; i++)
        if (s[i] > sbest)
            sbest = s[i];

    printf("best run %d: %.6f; second sweep best %.6f\n", best_i, best, sbest);
    return 0;
}
