/* Rows of a static 2-D array passed as m[i] to row tasks, then a column task over
 * every row (2-D annotation: R rows of 1 element, C apart), then rows again. */
#include <stdio.h>
#include "delayed.h"

#define R 16
#define C 200

static double m[R][C];

DELAYED void row_op(DELAYED_INOUT_N(n) double *row, int n, int id) {
  for (int r = 0; r < 40; r++)
    for (int j = 1; j < n; j++) row[j] = 0.5 * row[j] + 0.5 * row[j - 1] + id * 0.001;
}

DELAYED void col_op(DELAYED_INOUT_2D(rows, 1, ld) double *col, int rows, int ld) {
  for (int i = 1; i < rows; i++) col[i * ld] = col[i * ld] + col[(i - 1) * ld];
}

DELAYED double row_sum(DELAYED_IN_N(n) const double *row, int n) {
  double s = 0;
  for (int j = 0; j < n; j++) s += row[j];
  return s;
}

int main(void) {
  for (int i = 0; i < R; i++)
    for (int j = 0; j < C; j++) m[i][j] = (i * C + j) % 13;
  for (int i = 0; i < R; i++) row_op(m[i], C, i);
  col_op(&m[0][C / 2], R, C);
  col_op(&m[0][C / 2 + 1], R, C);            /* the next column: disjoint */
  for (int i = 0; i < R; i += 2) row_op(&m[i][0], C, 100 + i);
  col_op(m[0], R / 2, 2 * C);                 /* column 0 of the even rows */
  double s[R];
  for (int i = 0; i < R; i++) s[i] = row_sum(m[i], C);
  for (int i = 0; i < R; i++) printf("row %d: %.9f\n", i, s[i]);
  return 0;
}
