/* qsort and memmove on rows of a block (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
#define N 64
#define TS 16
static int cmpd(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}
DELAYED void tile_sort(DELAYED_INOUT_2D(ts, ts, ld) double *t, int ts, int ld) {
  usleep(2000);
  for (int r = 0; r < ts; r++) qsort(t + r * ld, (size_t)ts, sizeof(double), cmpd);
  for (int r = ts - 1; r > 0; r--) memmove(t + r * ld, t + (r - 1) * ld, sizeof(double) * (size_t)ts / 2);
}

int main(void) {
  double *m = calloc(N * N + 2 * N, sizeof(double));
  for (int i = 0; i < N * N; i++) m[i] = (i * 7) % 13;
  for (int bi = 0; bi < N / TS; bi++)
    for (int bj = 0; bj < N / TS; bj++) tile_sort(m + bi * TS * N + bj * TS, TS, N);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += m[i] * (1 + i % 3);
  printf("checksum %.2f\n", s);
  free(m);
  return 0;
}
