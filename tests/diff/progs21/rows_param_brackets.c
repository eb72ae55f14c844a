/* double m[][N] parameters: a spawning function given a matrix, tasks on its rows and row blocks */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define R 12
#define N 1000

DELAYED void init_rows(DELAYED_OUT_N(nr) double blk[][N], int nr, int first) {
  for (int r = 0; r < 100; r++)
    for (int i = 0; i < nr; i++)
      for (int j = 0; j < N; j++) blk[i][j] = (double)(((first + i) * 7 + j) % 23) + r * 0.0;
}

DELAYED void relax(DELAYED_INOUT_N(nr) double blk[][N], int nr) {
  for (int r = 0; r < 50; r++)
    for (int i = 0; i < nr; i++)
      for (int j = 1; j < N - 1; j++) blk[i][j] = 0.5 * blk[i][j] + 0.25 * (blk[i][j - 1] + blk[i][j + 1]);
}

DELAYED double block_norm(DELAYED_IN_N(nr) const double blk[][N], int nr) {
  double s = 0;
  for (int r = 0; r < 20; r++) { s = 0;
    for (int i = 0; i < nr; i++) for (int j = 0; j < N; j++) s += blk[i][j] * blk[i][j]; }
  return s;
}

/* a spawning function whose own parameter is a matrix */
void process(double m[][N], int rows, double *restrict norms) {
  for (int b = 0; b < rows; b += 3) init_rows(m + b, 3, b);
  for (int b = 0; b < rows; b += 3) relax(&m[b], 3);
  /* blocks shifted by one row: each straddles two relax blocks */
  for (int b = 1; b + 3 <= rows; b += 3) norms[b / 3] = block_norm((const double (*)[N])(m + b), 3);
}

int main(void) {
  double (*m)[N] = malloc(sizeof(double[R][N]));
  static double sm[R][N];
  double norms[R / 3], norms2[R / 3];
  for (int i = 0; i < R / 3; i++) norms[i] = norms2[i] = -1;
  process(m, R, norms);
  process(sm, R, norms2);
  double d = 0;
  for (int i = 0; i < R; i++) for (int j = 0; j < N; j++) d += m[i][j] - sm[i][j] + m[i][j] * 1e-3;
  for (int i = 0; i < R / 3; i++) printf("%d %.4f %.4f\n", i, norms[i], norms2[i]);
  printf("d %.6f\n", d);
  free(m);
  return 0;
}
