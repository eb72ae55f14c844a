/* monte_carlo.c — Monte Carlo estimates (pi, and a 3-D integral) with one deterministic seed per task and a hand-written LCG */
#include <stdio.h>
#include <stdint.h>
#include "delayed.h"

#define TASKS 16
#define SAMPLES 400000

typedef struct {
  uint64_t state;
} Lcg;

static inline double lcg_next(Lcg *g) {
  g->state = g->state * 6364136223846793005ULL + 1442695040888963407ULL;
  return (double)(g->state >> 11) * (1.0 / 9007199254740992.0);
}

typedef struct {
  long hits;
  double integral_sum;
  double integral_sumsq;
  long samples;
} McResult;

/* Each task owns its stream: seed = base + task id, never the clock. */
DELAYED McResult sample_batch(uint64_t seed, long samples) {
  Lcg g = {seed * 0x9E3779B97F4A7C15ULL + 1};
  McResult r = {0, 0.0, 0.0, samples};
  for (long i = 0; i < samples; i++) {
    double x = lcg_next(&g), y = lcg_next(&g), z = lcg_next(&g);
    if (x * x + y * y <= 1.0) r.hits++;
    double f = x * y * z + x * x * z;  /* integral over the unit cube: 1/8 + 1/6 */
    r.integral_sum += f;
    r.integral_sumsq += f * f;
  }
  return r;
}

int main(void) {
  McResult res[TASKS];
  for (int t = 0; t < TASKS; t++) res[t] = sample_batch(1000 + (uint64_t)t, SAMPLES);

  long hits = 0, n = 0;
  double s = 0.0, s2 = 0.0;
  for (int t = 0; t < TASKS; t++) {
    hits += res[t].hits;
    n += res[t].samples;
    s += res[t].integral_sum;
    s2 += res[t].integral_sumsq;
    if (t % 4 == 0) printf("task %2d: pi~%.6f\n", t, 4.0 * res[t].hits / res[t].samples);
  }
  double mean = s / n, var = s2 / n - mean * mean;
  printf("pi estimate = %.8f from %ld samples\n", 4.0 * hits / n, n);
  printf("integral = %.8f (exact 0.29166667), sample variance = %.8f\n", mean, var);
  return 0;
}
