/* covers: DELAYED_INOUT_2D on overlapping tiles of a heap matrix (order must follow serial order) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 8
DELAYED void bump(DELAYED_INOUT_2D(4, 4, N) double *t, double k) {
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) t[i * N + j] = t[i * N + j] * 2.0 + k;
}

int main(void) {
  double *m = malloc(sizeof(double) * N * N);
  for (int i = 0; i < N * N; i++) m[i] = i % 5;
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 3; c++)
      bump(m + (r * 2) * N + c * 2, r * 3 + c + 1);
  double s = 0;
  for (int i = 0; i < N * N; i++) s = s * 1.0000001 + m[i] * (i + 1);
  printf("%.3f %.1f %.1f\n", s, m[2 * N + 2], m[4 * N + 4]);
  free(m);
  return 0;
}
