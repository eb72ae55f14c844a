/* A Cholesky-like blocked update with several 2-D parameters (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NB 4
#define BS 12
#define LD (NB * BS)

/* C -= A * B^T, the Cholesky trailing update: A and B are row panels */
DELAYED void syrk_like(DELAYED_IN_2D(bs, bs, ld) const double *A,
                       DELAYED_IN_2D(bs, bs, ld) const double *B,
                       DELAYED_INOUT_2D(bs, bs, ld) double *C, int bs, int ld) {
  usleep(2000);
  for (int i = 0; i < bs; i++) {
    double *crow = C + i * ld;
    for (int j = 0; j < bs; j++) {
      double s = 0;
      const double *ar = A + i * ld, *br = B + j * ld;
      for (int k = 0; k < bs; k++) s += ar[k] * br[k];
      crow[j] -= s * 1e-3;
    }
  }
}

/* diagonal: lower triangle only, including the diagonal */
DELAYED void potrf_like(DELAYED_INOUT_2D(bs, bs, ld) double *D, int bs, int ld) {
  usleep(2000);
  for (int i = 0; i < bs; i++)
    for (int j = 0; j <= i; j++)
      D[i * ld + j] = D[i * ld + j] * 0.5 + 1.0;
}

DELAYED void trsm_like(DELAYED_IN_2D(bs, bs, ld) const double *D,
                       DELAYED_INOUT_2D(bs, bs, ld) double *P, int bs, int ld) {
  usleep(2000);
  for (int i = 0; i < bs; i++)
    for (int j = 0; j < bs; j++)
      P[i * ld + j] /= (D[j * ld + j] + 1.0);
}

int main(void) {
  double *m = malloc(sizeof(double) * LD * LD);
  for (int i = 0; i < LD * LD; i++) m[i] = (i % 13) * 0.3 + 1.0;
  for (int k = 0; k < NB; k++) {
    potrf_like(m + k * BS * LD + k * BS, BS, LD);
    for (int i = k + 1; i < NB; i++)
      trsm_like(m + k * BS * LD + k * BS, m + i * BS * LD + k * BS, BS, LD);
    for (int i = k + 1; i < NB; i++)
      for (int j = k + 1; j <= i; j++)
        syrk_like(m + i * BS * LD + k * BS, m + j * BS * LD + k * BS, m + i * BS * LD + j * BS, BS, LD);
  }
  double s = 0;
  for (int i = 0; i < LD * LD; i++) s += m[i] * (1 + i % 7);
  printf("checksum %.6f\n", s);
  free(m);
  return 0;
}
