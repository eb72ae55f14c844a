/* Rows of a local 3-D array given to tasks, cube[i][j] (blind round 46a
 * histeq: lut[ty][tx]): serial before ("extent or aliasing delayc cannot
 * prove"); each task depends on the slab cube[i] its row lies in. */
#include <stdio.h>
#include "delayed.h"
#define A 4
#define B 3
#define C 8
DELAYED void fill(DELAYED_OUT_N(C) double *r, int k) { volatile double s = 0; for (long q = 0; q < 2000000; q++) s += q % 3; for (int i = 0; i < C; i++) r[i] = k * 10 + i + (s < 0); }
DELAYED double sum(DELAYED_IN_N(C) const double *r) { double t = 0; for (int i = 0; i < C; i++) t += r[i]; return t; }
int main(void) {
  double cube[A][B][C];
  double tot[A][B];
  for (int i = 0; i < A; i++) for (int j = 0; j < B; j++) fill(cube[i][j], i * B + j);
  for (int i = 0; i < A; i++) for (int j = 0; j < B; j++) tot[i][j] = sum(cube[i][j]);
  double t = 0; for (int i = 0; i < A; i++) for (int j = 0; j < B; j++) t += tot[i][j] * (i + 1) + cube[i][j][C - 1];
  printf("%.1f\n", t);
  return 0;
}
