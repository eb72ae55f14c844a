/* A table of pointers to blocks (double **M) with NULL entries that
 * ordinary code fills in while tasks run on other blocks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void init_row(DELAYED_OUT_N(n) double *r, int n, int k) {
  for (int j = 0; j < n; j++) {
    double v = k + 1;
    for (int t = 0; t < 100; t++) v = v * 0.75 + (double)((j + t) % 3);
    r[j] = v;
  }
}

DELAYED double dot(DELAYED_IN_N(n) const double *a, DELAYED_IN_N(n) const double *b, int n) {
  double s = 0;
  for (int j = 0; j < n; j++) s += a[j] * b[j];
  return s;
}

DELAYED void axpy(DELAYED_INOUT_N(n) double *y, DELAYED_IN_N(n) const double *x, int n, double a) {
  for (int j = 0; j < n; j++) y[j] += a * x[j];
}

int main(void) {
  int rows = 8, n = 20;
  double **M = calloc((size_t)rows, sizeof *M);
  if (!M) return 1;
  for (int i = 0; i < rows; i += 2) {
    M[i] = malloc(sizeof(double) * (size_t)n);
    if (!M[i]) return 1;
    init_row(M[i], n, i);
  }
  for (int i = 1; i < rows; i += 2) {           /* the NULL entries */
    M[i] = malloc(sizeof(double) * (size_t)n);
    if (!M[i]) return 1;
    for (int j = 0; j < n; j++) M[i][j] = M[i - 1][j] * 0.5 + j;   /* reads row i-1 */
  }
  double d[4];
  for (int i = 0; i < 4; i++) d[i] = dot(M[2 * i], M[2 * i + 1], n);
  axpy(M[1], M[0], n, 2.0);
  M[0][0] = 1000.0;                             /* after axpy read M[0] and dot */
  double *keep = M[3];
  M[3] = NULL;
  axpy(M[5], keep, n, -1.0);
  M[3] = keep;
  keep[n - 1] = 3.0;                            /* after axpy read it */
  double e = dot(M[1], M[3], n);
  double f = dot(M[0], M[5], n);
  printf("d=%.4f %.4f %.4f %.4f e=%.4f f=%.4f\n", d[0], d[1], d[2], d[3], e, f);
  for (int i = 0; i < rows; i++) printf("M[%d][0]=%.4f\n", i, M[i][0]);
  for (int i = 0; i < rows; i++) free(M[i]);
  free(M);
  return 0;
}
