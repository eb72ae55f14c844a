/* Unusual control flow around tasks on aliased pointers: a goto-based retry
   loop that spawns tasks on a view and jumps back while they are pending,
   and a goto that leaves a nested loop between tasks on the same block. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static double *alloc_d(int n) { return malloc(sizeof(double) * (size_t)n); }

DELAYED void relax(DELAYED_INOUT_N(n) double *p, int n) {
  for (int i = 1; i + 1 < n; i++) p[i] = 0.5 * p[i] + 0.25 * (p[i - 1] + p[i + 1]);
}

DELAYED double spread(DELAYED_IN_N(n) const double *p, int n) {
  double lo = p[0], hi = p[0];
  for (int i = 1; i < n; i++) { if (p[i] < lo) lo = p[i]; if (p[i] > hi) hi = p[i]; }
  return hi - lo;
}

int main(void) {
  int n = 64;
  double *x = alloc_d(n);
  double *view = x + 8;
  for (int i = 0; i < n; i++) x[i] = (i % 7) * 1.5;
  int rounds = 0;
again:
  relax(view, 40);
  relax(x, 20);
  rounds++;
  if (spread(view, 40) > 2.0 && rounds < 30) goto again;
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) {
      relax(x + 16 * i + j, 10);
      if (i * 4 + j == 9) goto out;
    }
out:
  relax(x + 30, 20);
  double s = 0;
  for (int i = 0; i < n; i++) s += x[i] * (i + 1);
  printf("%d %.9f\n", rounds, s);
  free(x);
  return 0;
}
