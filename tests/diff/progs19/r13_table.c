/* A block's column picked from a small table (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 64
#define TS 16

static const int perm[TS] = { 3, 0, 15, 7, 1, 9, 12, 4, 2, 14, 5, 11, 8, 6, 13, 10 };

DELAYED void permute_cols(DELAYED_IN_2D(ts, ts, ld) const double *src,
                          DELAYED_OUT_2D(ts, ts, ld) double *dst, int ts, int ld) {
  usleep(2000);
  for (int i = 0; i < ts; i++)
    for (int j = 0; j < ts; j++)
      dst[i * ld + j] = src[i * ld + perm[j]];
}

int main(void) {
  double *a = malloc(sizeof(double) * N * N);
  double *b = malloc(sizeof(double) * N * N);
  for (int i = 0; i < N * N; i++) a[i] = (i * 11) % 31;
  for (int bi = 0; bi < N / TS; bi++)
    for (int bj = 0; bj < N / TS; bj++)
      permute_cols(a + bi * TS * N + bj * TS, b + bi * TS * N + bj * TS, TS, N);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += b[i] * (1 + i % 13);
  printf("checksum %.1f\n", s);
  free(a); free(b);
  return 0;
}
