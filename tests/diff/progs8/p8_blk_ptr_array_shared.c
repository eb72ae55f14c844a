/* An array of pointers to malloc'd blocks, some entries pointing to the same block. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NB 8

DELAYED void affine(DELAYED_INOUT_N(m) double *x, int m, double k) {
  for (int rep = 0; rep < 50; rep++)
    for (int i = 0; i < m; i++) x[i] = x[i] * 0.5 + k + 0.25 * (i % 3);
}

DELAYED double sumd(DELAYED_IN_N(m) const double *x, int m) {
  double s = 0;
  for (int i = 0; i < m; i++) s += x[i] * (i % 4 + 1);
  return s;
}

int main(void) {
  int m = 1000;
  double *blk[NB];
  blk[0] = malloc((size_t)m * sizeof(double));
  blk[1] = malloc((size_t)m * sizeof(double));
  blk[2] = blk[0];
  blk[3] = malloc((size_t)m * sizeof(double));
  blk[4] = blk[1];
  blk[5] = blk[3];
  blk[6] = blk[0];
  blk[7] = malloc((size_t)m * sizeof(double));
  for (int i = 0; i < m; i++) {
    blk[0][i] = i;
    blk[1][i] = 2 * i;
    blk[3][i] = 3 * i;
    blk[7][i] = 4 * i;
  }
  double s[NB];
  for (int i = 0; i < NB; i++) affine(blk[i], m, i + 1);   /* same block: order matters */
  for (int i = 0; i < NB; i++) s[i] = sumd(blk[i], m);
  for (int i = NB - 1; i >= 0; i--) affine(blk[i], m / 2, 10 * i);
  for (int i = 0; i < NB; i++) printf("blk[%d]: %.6f then %.6f\n", i, s[i], sumd(blk[i], m));
  free(blk[0]);
  free(blk[1]);
  free(blk[3]);
  free(blk[7]);
  return 0;
}
