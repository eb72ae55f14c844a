/* Rows of double (*m)[N] given as m[i], m + i - 1 cast to const rows, &m[i - 1], and *(o + i) (blind round 42: *(o + i) stayed serial while o[i] ran) */
/* rows m[i] of double (*m)[N]; a parameter that is a pointer to a whole row */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define R 12
#define N 1500

DELAYED void init_row(DELAYED_OUT_N(n) double *row, int n, int i) {
  for (int r = 0; r < 100; r++)
    for (int j = 0; j < n; j++) row[j] = (double)((i * 13 + j * 7 + r) % 29);
}

/* three rows: above, here, below -> out */
DELAYED void blur(DELAYED_IN_N(3) const double (*rows)[N], DELAYED_OUT_N(N) double *out) {
  for (int r = 0; r < 100; r++)
    for (int j = 0; j < N; j++) out[j] = (rows[0][j] + 2 * rows[1][j] + rows[2][j]) * 0.25 + r * 0.0;
}

/* a bare DELAYED_INOUT on a pointer to an array of N: one row */
DELAYED void negate_row(DELAYED_INOUT double (*row)[N]) {
  for (int r = 0; r < 101; r++)
    for (int j = 0; j < N; j++) (*row)[j] = -(*row)[j];
}

DELAYED double row_sum(DELAYED_IN_N(N) const double *row) {
  double s = 0;
  for (int r = 0; r < 100; r++) { s = 0; for (int j = 0; j < N; j++) s += row[j] * (j % 4); }
  return s;
}

int main(void) {
  double (*m)[N] = malloc(sizeof(double[R][N]));
  double (*o)[N] = malloc(sizeof(double[R][N]));
  for (int i = 0; i < R; i++) init_row(m[i], N, i);
  for (int i = 1; i < R - 1; i++) blur((const double (*)[N])(m + i - 1), o[i]);
  /* negate the odd rows of m while the blurs may still read them */
  for (int i = 1; i < R; i += 2) negate_row(m + i);
  for (int i = 1; i < R - 1; i++) blur((const double (*)[N])&m[i - 1], o[i]);
  double s[R];
  for (int i = 0; i < R; i++) s[i] = row_sum(m[i]) + 0.0;
  double so[R];
  for (int i = 1; i < R - 1; i++) so[i] = row_sum(*(o + i));
  for (int i = 0; i < R; i++) printf("row %2d %.2f\n", i, s[i]);
  for (int i = 1; i < R - 1; i++) printf("out %2d %.2f\n", i, so[i]);
  free(m); free(o);
  return 0;
}
