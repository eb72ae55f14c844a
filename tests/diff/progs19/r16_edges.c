/* Edge tiles smaller than the rest, blocks of rows at the matrix border (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NR 70
#define NC 53
#define TS 16

static int imin(int a, int b) { return a < b ? a : b; }

DELAYED double tile_blur(DELAYED_INOUT_2D(rows, cols, ld) float *t, int rows, int cols, int ld) {
  double acc = 0;
  usleep(2000);
  for (int i = 0; i < rows; i++)
    for (int j = 1; j < cols; j++) {
      t[i * ld + j] = 0.5f * (t[i * ld + j] + t[i * ld + j - 1]);
      acc += t[i * ld + j];
    }
  return acc;
}

int main(void) {
  float *m = malloc(sizeof(float) * NR * NC);
  double part[5 * 4];
  for (int i = 0; i < NR * NC; i++) m[i] = (float)(i % 10);
  int k = 0;
  for (int i0 = 0; i0 < NR; i0 += TS)
    for (int j0 = 0; j0 < NC; j0 += TS) {
      part[k] = tile_blur(m + i0 * NC + j0, imin(TS, NR - i0), imin(TS, NC - j0), NC);
      k++;
    }
  double s = 0;
  for (int i = 0; i < NR * NC; i++) s += m[i] * (1 + i % 3);
  for (int q = 0; q < k; q++) s += part[q];
  printf("checksum %.3f tiles %d\n", s, k);
  free(m);
  return 0;
}
