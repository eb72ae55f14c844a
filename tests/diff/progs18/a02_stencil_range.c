/* a02_stencil_range.c — extents checked at compile time or when the program runs, right declarations, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 402
#define NBLK 4

/* one Jacobi sweep over interior points lo..hi-1, absolute indexing */
DELAYED void sweep(DELAYED_IN_RANGE(lo - 1, hi + 1) const double *cur,
                   DELAYED_OUT_RANGE(lo, hi) double *next, int lo, int hi) {
  usleep(2000);
  for (int i = lo; i < hi; i++)
    next[i] = 0.25 * cur[i - 1] + 0.5 * cur[i] + 0.25 * cur[i + 1];
}

static void step(const double *cur, double *next) {
  int inner = N - 2, per = inner / NBLK;
  for (int b = 0; b < NBLK; b++) {
    int lo = 1 + b * per;
    int hi = (b == NBLK - 1) ? N - 1 : lo + per;
    sweep(cur, next, lo, hi);
  }
}

int main(void) {
  double *a = malloc(sizeof(double) * N);
  double *c = malloc(sizeof(double) * N);
  if (!a || !c) return 1;
  for (int i = 0; i < N; i++) a[i] = c[i] = (i == N / 2) ? 1000.0 : 0.0;
  a[0] = c[0] = 10.0;
  a[N - 1] = c[N - 1] = -10.0;
  for (int t = 0; t < 6; t++) {
    step(a, c);
    step(c, a);
  }
  double s = 0;
  for (int i = 0; i < N; i++) s += a[i] * (i % 7 + 1);
  printf("weighted %.6f\n", s);
  for (int i = N / 2 - 3; i <= N / 2 + 3; i++) printf("a[%d]=%.6f\n", i, a[i]);
  printf("a[1]=%.6f a[%d]=%.6f\n", a[1], N - 2, a[N - 2]);
  free(a);
  free(c);
  return 0;
}
