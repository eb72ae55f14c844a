/* Helpers that walk a row of a block with a pointer, *q++ (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 80
#define TS 20

static double row_sum(const double *p, int n) {
  const double *q = p;
  double s = 0;
  while (n-- > 0) s += *q++;
  return s;
}

static void row_scale(double *p, int n, double f) {
  double *q = p;
  for (int k = 0; k < n; k++) *q++ *= f;
}

DELAYED void normalize_rows(DELAYED_INOUT_2D(ts, ts, ld) double *t, int ts, int ld) {
  usleep(2000);
  for (int r = 0; r < ts; r++) {
    double s = row_sum(t + r * ld, ts);
    row_scale(t + r * ld, ts, 1.0 / (s + 1.0));
  }
}

int main(void) {
  double *m = malloc(sizeof(double) * N * N);
  for (int i = 0; i < N * N; i++) m[i] = (i % 17) + 1;
  for (int bi = 0; bi < N / TS; bi++)
    for (int bj = 0; bj < N / TS; bj++)
      normalize_rows(m + bi * TS * N + bj * TS, TS, N);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += m[i] * (1 + i % 7);
  printf("checksum %.9f\n", s);
  free(m);
  return 0;
}
