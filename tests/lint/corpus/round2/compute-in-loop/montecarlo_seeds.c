/* A Monte Carlo estimate of pi where each task gets its seed passed in. */
#include <delayed.h>
#include <stdint.h>

#define TASKS 32
#define SAMPLES 200000

typedef struct {
  uint64_t state;
} rng64;

static inline double next_unit(rng64 *r) {
  r->state ^= r->state << 13;
  r->state ^= r->state >> 7;
  r->state ^= r->state << 17;
  return (double)(r->state >> 11) * (1.0 / 9007199254740992.0);
}

/* Number of samples out of SAMPLES that land in the unit quarter circle. */
DELAYED long hits_for_seed(uint64_t seed) {
  rng64 r = {seed * 2654435761u + 1};
  long hits = 0;
  for (int i = 0; i < SAMPLES; i++) {
    double x = next_unit(&r);
    double y = next_unit(&r);
    hits += x * x + y * y <= 1.0;
  }
  return hits;
}

/* Fills out[0..1] with the mean and spread of a batch of samples. */
DELAYED void batch_stats(uint64_t seed, DELAYED_OUT_N(2) double *out) {
  rng64 r = {seed | 1};
  double s = 0.0, s2 = 0.0;
  for (int i = 0; i < SAMPLES; i++) {
    double u = next_unit(&r);
    s += u;
    s2 += u * u;
  }
  out[0] = s / SAMPLES;
  out[1] = s2 / SAMPLES - out[0] * out[0];
}

/* Wrong: an explicit compute per seed. */
double pi_serial(const uint64_t *seeds) {
  long total = 0;
  for (int t = 0; t < TASKS; t++) {
    long h = delayed(hits_for_seed)(seeds[t]);
    delayed_compute(h); // expect: delayed-compute-in-loop
    total += h;
  }
  return 4.0 * (double)total / ((double)TASKS * SAMPLES);
}

/* Wrong: checks the pending result to stop early. */
double pi_early_stop(const uint64_t *seeds, long target) {
  long hits[TASKS];
  long total = 0;
  int t;
  for (t = 0; t < TASKS; t++) {
    hits[t] = delayed(hits_for_seed)(seeds[t]);
    if (hits[t] > target) // expect: delayed-compute-in-loop
      break;
  }
  for (int i = 0; i < t && i < TASKS; i++)
    total += hits[i];
  return 4.0 * (double)total / ((double)(t ? t : 1) * SAMPLES);
}

/* Wrong: reads the output buffer of the task it just spawned. */
double worst_spread(const uint64_t *seeds) {
  double worst = 0.0;
  for (int t = 0; t < TASKS; t++) {
    double st[2];
    delayed(batch_stats)(seeds[t], st);
    if (st[1] > worst) // expect: delayed-compute-in-loop
      worst = st[1];
  }
  return worst;
}

/* Right: every seed becomes a task, one compute after the loop. */
double pi_parallel(const uint64_t *seeds) {
  long hits[TASKS];
  for (int t = 0; t < TASKS; t++)
    hits[t] = delayed(hits_for_seed)(seeds[t]);
  delayed_compute(hits);
  long total = 0;
  for (int t = 0; t < TASKS; t++)
    total += hits[t];
  return 4.0 * (double)total / ((double)TASKS * SAMPLES);
}

/* Right: the statistics of all batches, waited for once. */
double mean_spread(const uint64_t *seeds) {
  double st[TASKS][2];
  for (int t = 0; t < TASKS; t++)
    delayed(batch_stats)(seeds[t], st[t]);
  delayed_compute(st);
  double s = 0.0;
  for (int t = 0; t < TASKS; t++)
    s += st[t][1];
  return s / TASKS;
}
