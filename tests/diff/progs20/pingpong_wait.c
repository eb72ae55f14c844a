/* 1-D heat equation in blocks, ping-pong buffers, MIN/MAX in the loop bounds, a residual each step */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define N 2000000
#define NB 8
#define STEPS 10
#define INNER 4

/* INNER explicit steps on u[lo..hi) are not possible without halos: one step, elements lo..hi-1 */
DELAYED void step(DELAYED_IN_N(n) const double *u, DELAYED_OUT_RANGE(lo, hi) double *v, int n, int lo, int hi,
                  double alpha) {
  for (int i = MAX(lo, 1); i < MIN(hi, n - 1); i++)
    v[i] = u[i] + alpha * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
  if (lo == 0) v[0] = u[0];
  if (hi == n) v[n - 1] = u[n - 1];
}

/* squared change over lo..hi-1 */
DELAYED double change(DELAYED_IN_RANGE(lo, hi) const double *a, DELAYED_IN_RANGE(lo, hi) const double *b,
                      int lo, int hi) {
  double s = 0.0;
  for (int i = lo; i < hi; i++) {
    double d = a[i] - b[i];
    s += d * d;
  }
  return s;
}

int main(void) {
  double *u = malloc(sizeof(double) * N);
  double *v = malloc(sizeof(double) * N);
  if (!u || !v) return 1;
  for (int i = 0; i < N; i++) u[i] = (i % 1000 < 500) ? 1.0 : 0.0;
  const int bs = (N + NB - 1) / NB;
  for (int t = 0; t < STEPS; t++) {
    for (int r = 0; r < INNER; r++) {
      for (int b = 0; b < NB; b++) step(u, v, N, b * bs, MIN((b + 1) * bs, N), 0.25);
      for (int b = 0; b < NB; b++) step(v, u, N, b * bs, MIN((b + 1) * bs, N), 0.25);
    }
    double parts[NB];
    for (int b = 0; b < NB; b++) {
      int lo = b * bs, hi = MIN(lo + bs, N);
      parts[b] = change(u, v, lo, hi);
    }
    delayed_compute(parts);
    double res = 0.0;
    for (int b = 0; b < NB; b++) res += parts[b];
    printf("step %d residual %.10e\n", t, res);
  }
  double cs = 0.0;
  for (int i = 0; i < N; i += 97) cs += u[i] * (double)(i % 7 + 1);
  printf("checksum=%.9f\n", cs);
  free(u);
  free(v);
  return 0;
}
