/* memmove shifting a block in place while tasks wrote parts of it,
 * followed by tasks reading the shifted data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void ramp(DELAYED_OUT_N(n) double *p, int n, double step) {
  for (int i = 0; i < n; i++) {
    double v = 0;
    for (int k = 0; k <= i % 20; k++) v += step;
    p[i] = v;
  }
}

DELAYED double energy(DELAYED_IN_N(n) const double *p, int n) {
  double e = 0;
  for (int i = 0; i < n; i++) e += p[i] * p[i];
  return e;
}

int main(void) {
  int n = 100;
  double *b = malloc(sizeof *b * (size_t)n);
  if (!b) return 1;
  ramp(b, 50, 0.5);
  ramp(b + 50, 50, 1.5);
  memmove(b + 1, b, sizeof *b * 49);       /* inside the first half */
  double e1 = energy(b, 50);
  double e2 = energy(b + 50, 50);
  memmove(b + 40, b + 45, sizeof *b * 20); /* crosses both halves */
  double e3 = energy(b, n);
  ramp(b + 60, 40, 0.25);
  memmove(b, b + 10, sizeof *b * 30);      /* disjoint from ramp */
  double e4 = energy(b, 40);
  double e5 = energy(b + 40, 60);
  printf("e1=%.4f e2=%.4f e3=%.4f e4=%.4f e5=%.4f b0=%.4f b99=%.4f\n",
         e1, e2, e3, e4, e5, b[0], b[99]);
  free(b);
  return 0;
}
