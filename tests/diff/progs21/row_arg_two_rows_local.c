/* a row a[i] of a local double a[R][N] given to DELAYED_OUT_N(2*N): writes rows i and i+1 */
#include <stdio.h>
#include "delayed.h"
#define R 8
#define N 64

DELAYED void fill2(DELAYED_OUT_N(n) double *p, int n, double v) {
  double s = 0;
  for (long k = 0; k < 20000000; k++) s += (double)(k % 7);   /* slow first */
  for (int j = 0; j < n; j++) p[j] = v + (s > 0 ? 0 : 1);
}

DELAYED double rsum(DELAYED_IN_N(n) const double *p, int n) {
  double s = 0;
  for (int j = 0; j < n; j++) s += p[j];
  return s;
}

int main(void) {
  double a[R][N] = {{0}};
  for (int i = 0; i < R; i += 2) fill2(a[i], 2 * N, i + 1);
  double s[R];
  for (int i = 0; i < R; i++) s[i] = rsum(a[i], N);
  for (int i = 0; i < R; i++) printf("row %d sum %.1f\n", i, s[i]);
  return 0;
}
