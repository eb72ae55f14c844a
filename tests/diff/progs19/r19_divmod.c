/* Block elements reached by div and mod of a flat index (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
#define N 64
#define TS 16
DELAYED void flat_tile(DELAYED_INOUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld) {
  usleep(2000);
  for (int k = 0; k < rows * cols; k++) t[(k / cols) * ld + k % cols] += k;
}
int main(void) {
  double *m = malloc(sizeof(double) * N * N);
  for (int i = 0; i < N * N; i++) m[i] = i % 7;
  for (int bi = 0; bi < N / TS; bi++)
    for (int bj = 0; bj < N / TS; bj++) flat_tile(m + bi * TS * N + bj * TS, TS, TS, N);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += m[i] * (1 + i % 3);
  printf("checksum %.1f\n", s);
  free(m);
  return 0;
}
