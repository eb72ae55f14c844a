/* free then malloc of the same size: the new block likely has the old address. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) double *x, int n, int round) {
  for (int i = 0; i < n; i++) x[i] = (double)((round * 37 + i * 11) % 101) / 4.0;
}

DELAYED void square(DELAYED_INOUT_N(n) double *x, int n) {
  for (int i = 0; i < n; i++) x[i] = x[i] * x[i] - x[i];
}

DELAYED double sum(DELAYED_IN_N(n) const double *x, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += x[i];
  return s;
}

int main(void) {
  int n = 4096;
  double s[8];
  for (int round = 0; round < 8; round++) {
    double *a = malloc((size_t)n * sizeof *a);
    fill(a, n, round);
    if (round % 2) square(a, n);
    s[round] = sum(a, n);
    free(a);                          /* the tasks on a must be done first */
  }
  double *keep[4];
  for (int i = 0; i < 4; i++) {
    keep[i] = malloc((size_t)n * sizeof(double));
    fill(keep[i], n, 10 + i);
  }
  free(keep[1]);
  keep[1] = malloc((size_t)n * sizeof(double));  /* probably the same address */
  fill(keep[1], n, 50);
  square(keep[1], n);
  for (int i = 0; i < 8; i++) printf("s[%d]=%.3f\n", i, s[i]);
  for (int i = 0; i < 4; i++) {
    printf("keep[%d]=%.3f\n", i, sum(keep[i], n));
    free(keep[i]);
  }
  return 0;
}
