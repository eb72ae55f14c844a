/* DELAYED functions whose parameter is a variable-length 2-D array,
 * `double a[n][m]` with DELAYED_INOUT_RANGE(r0, r1) (rows) and
 * `double (*b)[m]` with DELAYED_IN_N(k): every call depended on all of the
 * array (OpenMP: one task after another; blind round 45b F1).  The tasks
 * name the bytes of their rows: on a local array whose rows are the
 * parameter's, on one whose rows are not (m = 5 over rows of 10), on a block
 * from malloc, and through a pointer parameter (memory delayc does not own).
 * Ranges overlap on purpose at the end, so that the order still counts. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void scale_rows(int n, int m, DELAYED_INOUT_RANGE(r0, r1) double a[n][m], int r0, int r1, double f) {
  double s = 0;
  for (long k = 0; k < 2000000; k++) s += (double)(k % 3);   /* slow first */
  for (int i = r0; i < r1 && i < n; i++)
    for (int j = 0; j < m; j++) a[i][j] = a[i][j] * f + (s > 0 ? 0 : 1);
}

DELAYED double sum_rows(int m, DELAYED_IN_N(k) double (*b)[m], int k) {
  double s = 0;
  for (int i = 0; i < k; i++)
    for (int j = 0; j < m; j++) s += b[i][j] * (i + 1);
  return s;
}

static double through(int n, int m, double (*p)[m]) {
  for (int k = 0; k < n; k += 2) scale_rows(n, m, p, k, k + 2, 2.0);
  scale_rows(n, m, p, 1, n - 1, 0.5);               /* overlaps every pair */
  double t = 0;
  for (int k = 0; k < n; k += 2) t += sum_rows(m, p + k, 2);
  return t;
}

int main(void) {
  double a[16][10], w[8][10];
  for (int i = 0; i < 16; i++) for (int j = 0; j < 10; j++) a[i][j] = i + j * 0.1;
  for (int i = 0; i < 8; i++) for (int j = 0; j < 10; j++) w[i][j] = i - j * 0.2;
  for (int k = 0; k < 4; k++) scale_rows(16, 10, a, k * 4, k * 4 + 4, 1.0 + k);
  scale_rows(16, 10, a, 3, 5, 3.0);                  /* rows of two tasks */
  for (int k = 0; k < 4; k++) scale_rows(16, 5, w, k * 4, k * 4 + 4, 2.0 + k);   /* half rows of w */
  int n = 12, m = 7;
  double (*h)[m] = malloc(sizeof(double[n][m]));
  for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) h[i][j] = (i * m + j) % 11;
  for (int k = 0; k < n; k += 3) scale_rows(n, m, h, k, k + 3, 1.5);
  double t = through(n, m, h);
  double s = 0, u = 0, v = 0;
  for (int k = 0; k < 16; k += 4) s += sum_rows(10, a + k, 4);
  for (int i = 0; i < 8; i++) for (int j = 0; j < 10; j++) u += w[i][j] * (j + 1);
  for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) v += h[i][j];
  printf("%.3f %.3f %.3f %.3f\n", s, u, v, t);
  free(h);
  return 0;
}
