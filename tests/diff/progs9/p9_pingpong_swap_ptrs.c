/* Jacobi-style iteration: two heap buffers swapped through a temporary
 * pointer in ordinary code each sweep, tasks on the halves, ordinary code
 * reading an element per sweep. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void sweep(DELAYED_IN_N(n) const double *src, DELAYED_OUT_N(hi - lo) double *dst, int n, int lo, int hi) {
  for (int i = lo; i < hi; i++) {
    double l = i > 0 ? src[i - 1] : 0.0;
    double r = i < n - 1 ? src[i + 1] : 1.0;
    dst[i - lo] = 0.5 * (l + r);
  }
}

int main(void) {
  int n = 64;
  double *a = calloc((size_t)n, sizeof *a);
  double *b = calloc((size_t)n, sizeof *b);
  if (!a || !b) return 1;
  for (int it = 0; it < 30; it++) {
    sweep(a, b, n, 0, n / 2);
    sweep(a, b + n / 2, n, n / 2, n);
    double *t = a;
    a = b;
    b = t;
    if (it % 5 == 4) printf("it=%d a[n-2]=%.8f a[n/2]=%.8f\n", it, a[n - 2], a[n / 2]);
  }
  a[0] = 0.125;
  double s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  printf("s=%.8f b0=%.8f\n", s, b[0]);
  free(a);
  free(b);
  return 0;
}
