/* A helper that reads the column beside the one it is given. */
#include <stdio.h>
#include "delayed.h"
#define N 32
static double m[N * N];
static double colsum(const double *c, int n, int ld) {
  double s = 0;
  for (int k = 0; k < n; k++) s += c[k * ld] + c[k * ld + 1];
  return s;
}
DELAYED double band(DELAYED_IN_2D(n, w, ld) const double *t, int n, int w, int ld) {
  double s = 0;
  for (int j = 0; j < w; j++) s += colsum(t + j, n, ld);
  return s;
}
int main(void) {
  for (int i = 0; i < N * N; i++) m[i] = i % 13;
  double r[4];
  for (int b = 0; b < 4; b++) r[b] = band(m + b * 8, N, 8, N);
  printf("%.1f %.1f %.1f %.1f\n", r[0], r[1], r[2], r[3]);
  return 0;
}
