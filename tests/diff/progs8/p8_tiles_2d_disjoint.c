/* Four disjoint quadrants of a matrix, updated with 2-D tile annotations; then
 * left/right column halves (interleaved in memory but disjoint). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 96

DELAYED void tile_update(DELAYED_INOUT_2D(r, c, ld) double *t, int r, int c, int ld, double k) {
  for (int rep = 0; rep < 10; rep++)
    for (int i = 0; i < r; i++)
      for (int j = 0; j < c; j++) t[i * ld + j] = t[i * ld + j] * k + (i - j) * 0.01;
}

DELAYED double tile_sum(DELAYED_IN_2D(r, c, ld) const double *t, int r, int c, int ld) {
  double s = 0;
  for (int i = 0; i < r; i++)
    for (int j = 0; j < c; j++) s += t[i * ld + j] * ((i + j) % 3 + 1);
  return s;
}

int main(void) {
  double *m = malloc(sizeof(double) * N * N);
  for (int i = 0; i < N * N; i++) m[i] = (i % 11) * 0.5;
  int h = N / 2;
  tile_update(m, h, h, N, 0.9);
  tile_update(m + h, h, h, N, 0.8);
  tile_update(m + h * N, h, h, N, 0.7);
  tile_update(m + h * N + h, h, h, N, 0.6);
  double q[4];
  q[0] = tile_sum(m, h, h, N);
  q[1] = tile_sum(m + h, h, h, N);
  q[2] = tile_sum(m + h * N, h, h, N);
  q[3] = tile_sum(m + h * N + h, h, h, N);
  tile_update(m, N, h, N, 1.1);        /* left columns */
  tile_update(m + h, N, h, N, 1.05);   /* right columns: disjoint from the left */
  double left = tile_sum(m, N, h, N), right = tile_sum(m + h, N, h, N);
  for (int i = 0; i < 4; i++) printf("q%d=%.6f\n", i, q[i]);
  printf("left=%.6f right=%.6f all=%.6f\n", left, right, tile_sum(m, N, N, N));
  free(m);
  return 0;
}
