/* Aliasing written blind (round 41): one array as both x and y, slices
 * a + 1 / a overlapping, blocks of a static array read from their
 * neighbour through b + k * 512 - 256 (whose tasks did not wait for the
 * block's writer: the pthreads build printed another d3). */
#include <stdio.h>
#include "delayed.h"

#define N 4096

DELAYED void axpy(DELAYED_IN_N(n) const double *x, DELAYED_INOUT_N(n) double *y, double a, int n) {
  for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i];
}

DELAYED void shift_add(DELAYED_IN_N(n) const double *src, DELAYED_OUT_N(n) double *dst, int n) {
  for (int i = 0; i < n; i++) dst[i] = src[i] * 0.5 + 1.0;
}

DELAYED double dot(DELAYED_IN_N(n) const double *a, DELAYED_IN_N(n) const double *b, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}

static double checksum(const double *a, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += a[i] * (i % 13 + 1);
  return s;
}

int main(void) {
  static double a[N + 1], b[N];
  for (int i = 0; i <= N; i++) a[i] = (i % 17) * 0.25;
  for (int i = 0; i < N; i++) b[i] = (i % 5) - 2.0;
  /* the same array as both x and y */
  axpy(a, a, 2.0, N);
  /* overlapping slices: read a[0..N), write a[1..N+1) -- serial order matters */
  shift_add(a, a + 1, N / 2);
  shift_add(a + 1, a, N / 2);
  double d1 = dot(a, a, N);
  double d2 = dot(a + 1, b, N - 1);
  /* blocks of b in place, and a block reading a neighbour */
  for (int k = 0; k < 8; k++) axpy(b + k * 512, b + k * 512, 1.0, 512);
  for (int k = 1; k < 8; k++) axpy(b + k * 512 - 256, b + k * 512, 0.5, 256);
  double d3 = dot(b, b, N);
  printf("d1=%.6f d2=%.6f d3=%.6f\n", d1, d2, d3);
  printf("ca=%.6f cb=%.6f\n", checksum(a, N + 1), checksum(b, N));
  return 0;
}
