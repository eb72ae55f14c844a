/* A helper given (pointer, rows, cols, ld) that runs its own 2-D loops over a block (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 72
#define TS 18

static double frob(const double *p, int rows, int cols, int ld) {
  double s = 0;
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) s += p[i * ld + j] * p[i * ld + j];
  return s;
}

static void add_const(double *p, int rows, int cols, int ld, double v) {
  for (int i = 0; i < rows; i++) {
    double *row = p + i * ld;
    for (int j = 0; j < cols; j++) row[j] += v;
  }
}

DELAYED double tile_norm_shift(DELAYED_INOUT_2D(ts, ts, ld) double *t, int ts, int ld) {
  usleep(2000);
  double f = frob(t, ts, ts, ld);
  add_const(t, ts, ts, ld, f * 1e-4);
  /* the lower half of the tile once more */
  add_const(t + (ts / 2) * ld, ts - ts / 2, ts, ld, 1.0);
  return f;
}

int main(void) {
  double *m = malloc(sizeof(double) * N * N);
  double r[(N / TS) * (N / TS)];
  for (int i = 0; i < N * N; i++) m[i] = (i % 11) * 0.25;
  for (int bi = 0; bi < N / TS; bi++)
    for (int bj = 0; bj < N / TS; bj++)
      r[bi * (N / TS) + bj] = tile_norm_shift(m + bi * TS * N + bj * TS, TS, N);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += m[i] * (1 + i % 3);
  for (int k = 0; k < (N / TS) * (N / TS); k++) s += r[k];
  printf("checksum %.6f\n", s);
  free(m);
  return 0;
}
