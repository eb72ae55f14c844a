/* bad_global_counter.c — (runs in place) tasks bump a global evaluation counter and read a global coefficient table */
#include <stdio.h>
#include "delayed.h"

#define NPTS 16

static long evaluations = 0;       /* incremented by every task */
static double coeff[4];            /* set by main, read by tasks */

/* Expensive objective: numerically integrate a polynomial-weighted oscillation. */
DELAYED double objective(double x, int steps) {
  evaluations++;
  double s = 0.0, h = 1.0 / steps;
  for (int i = 0; i < steps; i++) {
    double t = (i + 0.5) * h;
    double p = coeff[0] + t * (coeff[1] + t * (coeff[2] + t * coeff[3]));
    double u = x * t;
    s += p * (u - u * u * u / 6.0 + u * u * u * u * u / 120.0) * h;
  }
  return s;
}

int main(void) {
  coeff[0] = 1.0;
  coeff[1] = -0.5;
  coeff[2] = 0.25;
  coeff[3] = 0.125;
  double f[NPTS];
  for (int i = 0; i < NPTS; i++) f[i] = objective(0.1 * i, 400000);
  printf("after first scan: %ld evaluations\n", evaluations);
  int best = 0;
  for (int i = 1; i < NPTS; i++)
    if (f[i] > f[best]) best = i;
  coeff[3] = -0.125; /* change the model, scan again around the best point */
  double g[4];
  for (int i = 0; i < 4; i++) g[i] = objective(0.1 * best + 0.025 * i, 400000);
  printf("best x=%.2f f=%.12f\n", 0.1 * best, f[best]);
  for (int i = 0; i < 4; i++) printf("refined g[%d]=%.12f\n", i, g[i]);
  printf("total evaluations: %ld\n", evaluations);
  return 0;
}
