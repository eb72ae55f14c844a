/* Tasks on 2D tiles of a matrix (DELAYED_INOUT_2D) with ordinary code
 * reading and writing single elements inside and outside the tiles. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void tile_inc(DELAYED_INOUT_2D(r, c, ld) double *t, int r, int c, int ld, double v) {
  for (int rep = 0; rep < 10; rep++)
    for (int i = 0; i < r; i++)
      for (int j = 0; j < c; j++) t[i * ld + j] = t[i * ld + j] * 0.5 + v + i - j;
}

DELAYED double tile_sum(DELAYED_IN_2D(r, c, ld) const double *t, int r, int c, int ld) {
  double s = 0;
  for (int i = 0; i < r; i++)
    for (int j = 0; j < c; j++) s += t[i * ld + j];
  return s;
}

int main(void) {
  int N = 16, B = 8;
  double *M = malloc(sizeof *M * (size_t)(N * N));
  if (!M) return 1;
  for (int i = 0; i < N * N; i++) M[i] = i % 5;
  for (int bi = 0; bi < 2; bi++)
    for (int bj = 0; bj < 2; bj++) tile_inc(M + bi * B * N + bj * B, B, B, N, bi + 2 * bj);
  double d = M[3 * N + 3];               /* tile (0,0) */
  M[2 * N + 12] = -1.0;                  /* tile (0,1) */
  tile_inc(M + 0, B, B, N, 1.0);         /* tile (0,0) again */
  double e = M[10 * N + 1];              /* tile (1,0), disjoint rows */
  M[7 * N + 9] = 50.0;                   /* tile (0,1), row 7 shares rows with (0,0) */
  double s00 = tile_sum(M, B, B, N);
  M[7 * N + 7] = 9.0;                    /* tile (0,0): after tile_sum */
  double s01 = tile_sum(M + B, B, B, N);
  tile_inc(M + 4 * N + 4, B, B, N, 3.0); /* straddles all four tiles */
  double s11 = tile_sum(M + B * N + B, B, B, N);
  double all = 0;
  for (int i = 0; i < N; i++) all += M[i * N + i];
  printf("d=%.6f e=%.6f s00=%.6f s01=%.6f s11=%.6f diag=%.6f\n", d, e, s00, s01, s11, all);
  free(M);
  return 0;
}
