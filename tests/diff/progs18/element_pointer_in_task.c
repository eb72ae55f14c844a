/* element_pointer_in_task.c — a task that takes the address of its own elements (Particle *q = &ps[i]) keeps them to itself: its calls on disjoint blocks still run in parallel (round 30's a10). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

typedef struct { double x, v; } Particle;

DELAYED void step(DELAYED_INOUT_N(n) Particle *ps, int n, double dt) {
  for (int i = 0; i < n; i++) {
    Particle *q = &ps[i];
    q->x += q->v * dt;
  }
  usleep(2000);
}

int main(void) {
  Particle *ps = calloc(128, sizeof *ps);
  if (!ps) return 1;
  for (int i = 0; i < 128; i++) ps[i].v = i * 0.5;
  for (int k = 0; k < 8; k++) step(ps + 16 * k, 16, 0.25);
  double s = 0;
  for (int i = 0; i < 128; i++) s += ps[i].x;
  printf("%.3f %.3f\n", ps[127].x, s);
  free(ps);
  return 0;
}
