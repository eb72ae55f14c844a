/* Row pointers kept in a local array: unchecked, so the tasks keep their order, and the output is right (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
#define N 64
#define TS 16
DELAYED void tile(DELAYED_INOUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld) {
  double *rp[64];
  usleep(2000);
  for (int r = 0; r < rows; r++) rp[r] = t + r * ld;
  for (int r = 0; r + 1 < rows; r++)
    for (int c = 0; c < cols; c++) rp[r + 1][c] += 0.5 * rp[r][c];
}

int main(void) {
  double *m = calloc(N * N + 4 * N, sizeof(double));
  for (int i = 0; i < N * N; i++) m[i] = (i * 7) % 13;
  for (int bi = 0; bi < N / TS; bi++)
    for (int bj = 0; bj < N / TS; bj++) tile(m + bi * TS * N + bj * TS, TS, TS, N);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += m[i] * (1 + i % 3);
  printf("checksum %.2f\n", s);
  free(m);
  return 0;
}
