/* A reader given m[i] for two rows (DELAYED_IN_N(2 * N)) while writers write single rows (blind round 42: the task took one row and read before the second row's writer) */
#define V 3
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#define R 8
#define N 64
DELAYED void fill_n(DELAYED_OUT_N(n) double *p, int n, double v) {
  double s = 0; for (long k = 0; k < 20000000; k++) s += (double)(k % 7);
  for (int j = 0; j < n; j++) p[j] = v + (s > 0 ? 0 : 1);
}
DELAYED void fill_r(DELAYED_OUT_RANGE(0, n) double *p, int n, double v) {
  double s = 0; for (long k = 0; k < 20000000; k++) s += (double)(k % 7);
  for (int j = 0; j < n; j++) p[j] = v + (s > 0 ? 0 : 1);
}
DELAYED void fill_2d(DELAYED_OUT_2D(rows, n, ld) double *p, int rows, int n, int ld, double v) {
  double s = 0; for (long k = 0; k < 20000000; k++) s += (double)(k % 7);
  for (int r = 0; r < rows; r++) for (int j = 0; j < n; j++) p[r * ld + j] = v + (s > 0 ? 0 : 1);
}
DELAYED double rsum(DELAYED_IN_N(n) const double *p, int n) {
  double s = 0; for (int j = 0; j < n; j++) s += p[j]; return s;
}
int main(void) {
  double (*m)[N] = calloc(R, sizeof *m);
#if V == 1
  for (int i = 0; i < R; i += 2) fill_r(m[i], 2 * N, i + 1);
#elif V == 2
  for (int i = 0; i < R; i += 2) fill_2d(m[i], 2, N, N, i + 1);
#elif V == 3
  /* reader of two rows through m[i] while writers write single rows */
  for (int i = 0; i < R; i++) fill_n(m[i], N, i + 1);
  double t[R / 2];
  for (int i = 0; i < R; i += 2) t[i / 2] = rsum(m[i], 2 * N);
  for (int i = 0; i < R / 2; i++) printf("t %.1f\n", t[i]);
#endif
  double s[R];
  for (int i = 0; i < R; i++) s[i] = rsum(m[i], N);
  for (int i = 0; i < R; i++) printf("row %d sum %.1f\n", i, s[i]);
  free(m);
  return 0;
}
