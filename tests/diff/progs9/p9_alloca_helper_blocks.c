/* alloca and malloc blocks passed to ordinary helpers between tasks; the
 * function holding the alloca block returns a value computed by tasks. */
#define _GNU_SOURCE
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void blur(DELAYED_INOUT_N(n) double *p, int n) {
  for (int r = 0; r < 30; r++)
    for (int i = n - 1; i > 0; i--) p[i] = 0.5 * (p[i] + p[i - 1]);
}

DELAYED double peak(DELAYED_IN_N(n) const double *p, int n) {
  double m = p[0];
  for (int i = 1; i < n; i++)
    if (p[i] > m) m = p[i];
  return m;
}

static void spike(double *p, int n, int at) {  /* ordinary helper */
  for (int i = 0; i < n; i++) p[i] = 0;
  p[at] = 100.0;
}

static void add_to(double *dst, const double *src, int n) {
  for (int i = 0; i < n; i++) dst[i] += src[i];
}

static double run(int n, int at) {
  double *t = alloca(sizeof *t * (size_t)n);
  double *u = malloc(sizeof *u * (size_t)n);
  if (!u) exit(1);
  spike(t, n, at);
  blur(t, n);
  spike(u, n, n - 1 - at);
  blur(u, n);
  double p1 = peak(t, n);
  add_to(u, t, n);      /* reads t, writes u: after both blurs */
  blur(u, n);
  spike(t, n, 0);       /* rewrites t: after peak and add_to read it */
  double p2 = peak(u, n);
  blur(t, n);
  double p3 = peak(t, n);
  free(u);
  return p1 + 10 * p2 + 100 * p3;
}

int main(void) {
  double r = 0;
  for (int k = 0; k < 4; k++) {
    double v = run(24 + k * 8, 3 + k);
    printf("run %d: %.6f\n", k, v);
    r += v;
  }
  printf("total %.6f\n", r);
  return 0;
}
