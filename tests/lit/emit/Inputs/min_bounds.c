/* Loops bounded by the least of two ends, as blocked code writes them:
 * `k < MIN(kk + BS, n)` (a macro), `int imax = MIN(ib + BS, n)`, a written
 * conditional.  Either end holds: a column index stays under n, a block's
 * rows under ib + BS, whichever the declaration needs. */
#include <stdio.h>
#include "delayed.h"
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define BS 16
#define N 100

DELAYED double total(int n, DELAYED_IN_N(n * n) const double *b) {
  double s = 0;
  for (int kk = 0; kk < n; kk += BS)
    for (int jj = 0; jj < n; jj += BS)
      for (int k = kk; k < MIN(kk + BS, n); k++)
        for (int j = jj; j < MIN(jj + BS, n); j++) s += b[k * n + j];
  return s;
}

DELAYED void block(int n, int ib, DELAYED_OUT_RANGE(ib, ib + BS) double *y) {
  int imax = MIN(ib + BS, n);
  for (int i = ib; i < imax; i++) y[i] = i * 0.5;
}

DELAYED void written(int n, int ib, DELAYED_INOUT_RANGE(ib, ib + BS) double *y) {
  for (int i = ib; i < (ib + BS < n ? ib + BS : n); i++) y[i] += 1;
}

DELAYED void past(int n, int ib, DELAYED_INOUT_RANGE(ib, ib + BS) double *y) {
  for (int i = ib; i < MIN(ib + BS + 1, n); i++) y[i] += 2;
}

int main(void) {
  static double b[N * N], y[N];
  for (int i = 0; i < N * N; i++) b[i] = i % 7;
  double t = total(N, b);
  for (int ib = 0; ib < N; ib += BS) block(N, ib, y);
  for (int ib = 0; ib < N; ib += BS) written(N, ib, y);
  double s = 0;
  for (int i = 0; i < N; i++) s += y[i];
  printf("%.1f %.1f\n", t, s);
  return 0;
}
