/* results_array.c — per-parameter results stored into an array element by element, then a task reads the whole array */
#include <stdio.h>
#include "delayed.h"

#define NPARAM 24

/* Simulated yield of a reactor at a given temperature (a slow fixed-point solve). */
DELAYED double simulate(double temperature, int iters) {
  double c = 0.5;
  for (int i = 0; i < iters; i++) {
    double rate = temperature / (300.0 + temperature);
    c = c + 0.001 * (rate * (1.0 - c) - 0.3 * c * c);
  }
  return c;
}

typedef struct {
  int best;
  double best_value;
  double mean;
  double spread;
} Scan;

DELAYED Scan analyse(DELAYED_IN_N(n) const double *y, int n) {
  Scan s = {0, y[0], 0.0, 0.0};
  for (int i = 0; i < n; i++) {
    s.mean += y[i];
    if (y[i] > s.best_value) {
      s.best_value = y[i];
      s.best = i;
    }
  }
  s.mean /= n;
  for (int i = 0; i < n; i++) s.spread += (y[i] - s.mean) * (y[i] - s.mean);
  s.spread /= n;
  return s;
}

int main(void) {
  double yield[NPARAM];
  for (int i = 0; i < NPARAM; i++) yield[i] = simulate(250.0 + 25.0 * i, 300000 + 1000 * i);

  Scan s = analyse(yield, NPARAM);
  printf("best temperature index %d (T=%.1f) yield %.9f\n", s.best, 250.0 + 25.0 * s.best, s.best_value);
  printf("mean yield %.9f spread %.3e\n", s.mean, s.spread);
  printf("yield[0]=%.9f yield[%d]=%.9f\n", yield[0], NPARAM - 1, yield[NPARAM - 1]);
  return 0;
}
