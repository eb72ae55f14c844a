/* progress_print.c — tasks that report their progress with printf while main also prints between rounds */
#include <stdio.h>
#include "delayed.h"

#define JOBS 8
#define ROUNDS 2

/* A parameter-sweep job: integrate a damped oscillator with a given damping. */
DELAYED double run_job(int round, int job, double damping, long steps) {
  double x = 1.0, v = 0.0, dt = 1e-4, energy_lost = 0.0;
  for (long s = 0; s < steps; s++) {
    double a = -x - damping * v;
    v += a * dt;
    x += v * dt;
    energy_lost += damping * v * v * dt;
  }
  printf("  [round %d] job %d (damping %.2f) finished: x=%.6f\n", round, job, damping, x);
  return energy_lost;
}

int main(void) {
  double lost[ROUNDS][JOBS];
  for (int r = 0; r < ROUNDS; r++) {
    printf("round %d: submitting %d jobs\n", r, JOBS);
    for (int j = 0; j < JOBS; j++) lost[r][j] = run_job(r, j, 0.05 * (j + 1) + 0.5 * r, 300000);
    printf("round %d: submitted\n", r);
  }
  for (int r = 0; r < ROUNDS; r++) {
    double s = 0.0;
    for (int j = 0; j < JOBS; j++) s += lost[r][j];
    printf("round %d: total energy lost %.9f, job 0 lost %.9f\n", r, s, lost[r][0]);
  }
  return 0;
}
