/* a12_helper_while.c — extents checked at compile time or when the program runs, right declarations, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NBLK 5
#define BS 80

static double dot(const double *a, const double *b, int n) {
  double s = 0;
  int i = 0;
  while (i < n) {
    s += a[i] * b[i];
    i++;
  }
  return s;
}

static void axpy(double *y, const double *x, double a, int n) {
  for (int i = 0; i < n; i++) y[i] += a * x[i];
}

/* project the tail of y onto the tail of x, helpers given part of the block */
DELAYED double project_tail(DELAYED_INOUT_N(n) double *y, DELAYED_IN_N(n) const double *x, int n, int h) {
  usleep(2000);
  double xx = dot(x + h, x + h, n - h);
  double xy = dot(x + h, y + h, n - h);
  double a = xx > 0 ? -xy / xx : 0;
  axpy(y + h, x + h, a, n - h);
  return a;
}

int main(void) {
  double *x = malloc(sizeof(double) * NBLK * BS);
  double *y = malloc(sizeof(double) * NBLK * BS);
  if (!x || !y) return 1;
  for (int i = 0; i < NBLK * BS; i++) {
    x[i] = (i % 11) - 5;
    y[i] = (i % 7) * 0.5;
  }
  double coef[NBLK];
  for (int b = 0; b < NBLK; b++)
    coef[b] = project_tail(y + b * BS, x + b * BS, BS, 10 * b + 3);
  for (int b = 0; b < NBLK; b++) printf("block %d coef %.8f\n", b, coef[b]);
  double r = 0;
  for (int i = 0; i < NBLK * BS; i++) r += y[i] * (1 + i % 3);
  printf("residual %.8f\n", r);
  free(x);
  free(y);
  return 0;
}
