/* quicksort of four parts of a static array of main (recursive helper, SWAP macro), then merges */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define SWAP(a, b) do { double t_ = (a); (a) = (b); (b) = t_; } while (0)
#define N 800000
#define Q (N / 4)

static double rnd(unsigned long *s) {
  *s = *s * 6364136223846793005ul + 1442695040888963407ul;
  return (double)(*s >> 11) / 9007199254740992.0;
}

/* Lomuto partition with median-of-three, recursion on the smaller side */
static void qs(double *a, int lo, int hi) {
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (a[mid] < a[lo]) SWAP(a[mid], a[lo]);
    if (a[hi] < a[lo]) SWAP(a[hi], a[lo]);
    if (a[mid] < a[hi]) SWAP(a[mid], a[hi]);
    double pivot = a[hi];
    int i = lo;
    for (int j = lo; j < hi; j++)
      if (a[j] < pivot) { SWAP(a[i], a[j]); i++; }
    SWAP(a[i], a[hi]);
    if (i - lo < hi - i) { qs(a, lo, i - 1); lo = i + 1; }
    else { qs(a, i + 1, hi); hi = i - 1; }
  }
}

DELAYED void sort_block(DELAYED_INOUT_N(n) double *a, int n) {
  qs(a, 0, n - 1);
}

DELAYED void merge(DELAYED_IN_N(n1) const double *x, int n1,
                   DELAYED_IN_N(n2) const double *y, int n2,
                   DELAYED_OUT_N(n1 + n2) double *out) {
  int i = 0, j = 0;
  for (int k = 0; k < n1 + n2; k++) {
    if (j >= n2 || (i < n1 && x[i] <= y[j])) out[k] = x[i++];
    else out[k] = y[j++];
  }
}

DELAYED double block_sum(DELAYED_IN_N(n) const double *a, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += a[i] * (double)(i % 7 + 1);
  return s;
}

int main(void) {
  static double buf[N];
  static double tmp[N];
  unsigned long seed = 7;
  for (int i = 0; i < N; i++) buf[i] = rnd(&seed);

  sort_block(buf, Q);
  sort_block(buf + Q, Q);
  sort_block(&buf[2 * Q], Q);
  sort_block(buf + 3 * Q, Q);

  double p0 = block_sum(buf, Q);
  double p3 = block_sum(buf + 3 * Q, Q);

  merge(buf, Q, buf + Q, Q, tmp);
  merge(buf + 2 * Q, Q, buf + 3 * Q, Q, tmp + 2 * Q);
  merge(tmp, 2 * Q, tmp + 2 * Q, 2 * Q, buf);

  printf("partial sums %.6f %.6f\n", p0, p3);
  int ok = 1;
  double cs = 0;
  for (int i = 0; i < N; i++) {
    if (i && buf[i - 1] > buf[i]) ok = 0;
    cs += buf[i] * (double)((i % 13) + 1);
  }
  printf("sorted=%d min=%.9f max=%.9f\n", ok, buf[0], buf[N - 1]);
  printf("checksum=%.6f\n", cs);
  return 0;
}
