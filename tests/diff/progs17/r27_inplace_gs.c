/* r27_inplace_gs.c — DELAYED_*_RANGE, written blind (round 22). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 400
#define NB 8

/* Gauss-Seidel in place: in and out are the same buffer */
DELAYED void gs(DELAYED_IN_RANGE(lo - 1, hi + 1) const double *in, DELAYED_OUT_RANGE(lo, hi) double *out,
                int lo, int hi) {
  usleep(2000);
  for (int i = lo; i < hi; i++) out[i] = 0.5 * in[i] + 0.25 * (in[i - 1] + in[i + 1]);
}

int main(void) {
  double *a = malloc((N + 2) * sizeof *a);
  if (!a) return 1;
  for (int i = 0; i < N + 2; i++) a[i] = (i % 10) * 1.0;
  for (int t = 0; t < 3; t++)
    for (int k = 0; k < NB; k++) gs(a, a, 1 + k * (N / NB), 1 + (k + 1) * (N / NB));
  double s = 0;
  for (int i = 0; i < N + 2; i++) s += a[i] * (i % 7 + 1);
  printf("s=%.12f a[51]=%.12f\n", s, a[51]);
  free(a);
  return 0;
}
