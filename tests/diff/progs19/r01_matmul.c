/* Tiled matrix product over DELAYED_*_2D blocks, the inner product a strided-column helper (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 64
#define TS 16

static double dot_stride(const double *row, const double *col, int n, int ld) {
  double s = 0.0;
  for (int k = 0; k < n; k++) s += row[k] * col[k * ld];
  return s;
}

DELAYED void tile_mul(DELAYED_IN_2D(ts, n, ld) const double *a,
                      DELAYED_IN_2D(n, ts, ld) const double *b,
                      DELAYED_OUT_2D(ts, ts, ld) double *c, int ts, int n, int ld) {
  usleep(2000);
  for (int i = 0; i < ts; i++)
    for (int j = 0; j < ts; j++)
      c[i * ld + j] = dot_stride(a + i * ld, b + j, n, ld);
}

int main(void) {
  double *a = malloc(sizeof(double) * N * N);
  double *b = malloc(sizeof(double) * N * N);
  double *c = malloc(sizeof(double) * N * N);
  for (int i = 0; i < N * N; i++) { a[i] = (i % 7) - 3; b[i] = (i % 5) - 2; c[i] = 0; }
  for (int bi = 0; bi < N / TS; bi++)
    for (int bj = 0; bj < N / TS; bj++)
      tile_mul(a + bi * TS * N, b + bj * TS, c + bi * TS * N + bj * TS, TS, N, N);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += c[i] * (1 + i % 3);
  printf("checksum %.1f\n", s);
  free(a); free(b); free(c);
  return 0;
}
