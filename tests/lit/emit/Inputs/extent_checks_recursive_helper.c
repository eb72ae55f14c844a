/* A DELAYED sort of its part through a recursive quicksort helper that
 * swaps with a macro.  With BAD_EXTENT, the helper is started one element
 * past the part. */
#include <stdio.h>
#include "delayed.h"

#define SWAP(x, y) do { double t_ = (x); (x) = (y); (y) = t_; } while (0)
#define N 40000
#define P 4

static void qs(double *a, int lo, int hi) {
  while (lo < hi) {
    double pivot = a[hi];
    int i = lo;
    for (int j = lo; j < hi; j++)
      if (a[j] < pivot) { SWAP(a[i], a[j]); i++; }
    SWAP(a[i], a[hi]);
    if (i - lo < hi - i) { qs(a, lo, i - 1); lo = i + 1; }
    else { qs(a, i + 1, hi); hi = i - 1; }
  }
}

DELAYED void sort_part(DELAYED_INOUT_N(n) double *a, int n) {
#ifdef BAD_EXTENT
  qs(a, 0, n);
#else
  qs(a, 0, n - 1);
#endif
}

int main(void) {
  static double v[N + 1];
  unsigned s = 7;
  for (int i = 0; i <= N; i++) { s = s * 1103515245u + 12345u; v[i] = (double)(s >> 9); }
  for (int p = 0; p < P; p++) sort_part(v + p * (N / P), N / P);
  double c = 0;
  for (int i = 0; i < N; i++) c += v[i] * (double)(i % 13);
  printf("%.1f\n", c);
  return 0;
}
