/* tiles.c — tiles of one matrix (leading dimension N) updated by tasks that
 * declare their block with DELAYED_INOUT_2D; quadrants of a heap matrix;
 * every other row (a strided half). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 12

DELAYED void scale_tile(DELAYED_INOUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld, double k) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) t[i * ld + j] = t[i * ld + j] * k + i - j;
}

DELAYED double sum_tile(DELAYED_IN_2D(rows, cols, ld) const double *t, int rows, int cols, int ld) {
  double s = 0;
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) s += t[i * ld + j] * (i + 1);
  return s;
}

int main(void) {
  double m[N * N];
  for (int i = 0; i < N * N; i++) m[i] = i % 7;
  for (int bi = 0; bi < N; bi += 4)
    for (int bj = 0; bj < N; bj += 4) scale_tile(m + bi * N + bj, 4, 4, N, 1.5);
  double left = sum_tile(m, N, N / 2, N);                 /* the left half: after its tiles */
  scale_tile(m + 2, N, 3, N, 2.0);                        /* a column band across tiles */
  double all = sum_tile(m, N, N, N);

  double *h = malloc(N * N * sizeof *h);
  for (int i = 0; i < N * N; i++) h[i] = (i * 5) % 11;
  int q = N / 2;
  scale_tile(h, q, q, N, 2.0);                            /* four quadrants */
  scale_tile(h + q, q, q, N, 3.0);
  scale_tile(h + q * N, q, q, N, 4.0);
  scale_tile(h + q * N + q, q, q, N, 5.0);
  double even = sum_tile(h, N / 2, N, 2 * N);             /* every other row */
  scale_tile(h + N, N / 2, N, 2 * N, -1.0);               /* the odd rows */
  double hall = sum_tile(h, N, N, N);
  delayed_compute(left, all, even, hall);
  printf("%.2f %.2f %.2f %.2f\n", left, all, even, hall);
  printf("%.2f %.2f\n", m[5], h[N + 3]);
  free(h);
  return 0;
}
