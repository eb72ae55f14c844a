/* Blocks of a local 2-D array (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
#define N 64
#define TS 16
DELAYED void tile_inc(DELAYED_INOUT_2D(ts, ts, ld) double *t, int ts, int ld, double v) {
  usleep(2000);
  for (int i = 0; i < ts; i++)
    for (int j = 0; j < ts; j++) t[i * ld + j] += v * (i - j);
}
int main(void) {
  static double m[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) m[i][j] = (i + j) % 5;
  for (int k = 0; k < 2; k++)
    for (int bi = 0; bi < N / TS; bi++)
      for (int bj = 0; bj < N / TS; bj++) tile_inc(&m[bi * TS][bj * TS], TS, N, k + 0.5);
  double s = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) s += m[i][j] * (1 + (i * N + j) % 3);
  printf("checksum %.2f\n", s);
  return 0;
}
