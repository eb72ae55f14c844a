/* An element read through a user's macro, AT(t, i, j): no check can go there, the output must be the serial one (blind round 32 printed a wrong checksum). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"
#define N 64
#define TS 16
#define AT(p, i, j) (p)[(i) * ld + (j)]
DELAYED void tile(DELAYED_INOUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld) {
  usleep(2000);
  for (int i = 1; i < rows; i++)
    for (int j = 0; j < cols; j++) t[i * ld + j] = AT(t, i - 1, j) * 0.5 + 1;
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
