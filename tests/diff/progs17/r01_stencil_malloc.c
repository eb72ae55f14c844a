/* r01_stencil_malloc.c — DELAYED_*_RANGE, written blind (round 22). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 1024
#define NB 8

DELAYED void smooth(DELAYED_IN_RANGE(lo - 1, hi + 1) const double *cur,
                    DELAYED_OUT_RANGE(lo, hi) double *next, int lo, int hi) {
  usleep(4000);
  for (int i = lo; i < hi; i++) next[i] = (cur[i - 1] + 2.0 * cur[i] + cur[i + 1]) / 4.0;
}

int main(void) {
  double *a = malloc((N + 2) * sizeof *a);
  double *b = malloc((N + 2) * sizeof *b);
  if (!a || !b) return 1;
  for (int i = 0; i < N + 2; i++) a[i] = b[i] = (i * 37 % 101) / 7.0;
  for (int step = 0; step < 6; step++) {
    for (int k = 0; k < NB; k++) {
      int lo = 1 + k * (N / NB), hi = lo + N / NB;
      smooth(a, b, lo, hi);
    }
    double *t = a; a = b; b = t;
  }
  double s = 0;
  for (int i = 0; i < N + 2; i++) s += a[i] * (i % 13);
  printf("checksum %.9f a[5]=%.9f a[500]=%.9f\n", s, a[5], a[500]);
  free(a); free(b);
  return 0;
}
