/* Blocked LU whose tile pointers are one use of a macro, T(m, i, j): placed by the tree, not the text (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NB 4
#define BS 16
#define N (NB * BS)

/* C -= A * B on tiles of a column-blocked matrix with leading dimension N */
DELAYED void gemm_update(DELAYED_IN_2D(bs, bs, ld) const double *A,
                         DELAYED_IN_2D(bs, bs, ld) const double *B,
                         DELAYED_INOUT_2D(bs, bs, ld) double *C, int bs, int ld) {
  usleep(2000);
  for (int i = 0; i < bs; i++)
    for (int k = 0; k < bs; k++) {
      double aik = A[i * ld + k];
      for (int j = 0; j < bs; j++)
        C[i * ld + j] -= aik * B[k * ld + j] * 0.001;
    }
}

/* diagonal tile: scale */
DELAYED void diag_scale(DELAYED_INOUT_2D(bs, bs, ld) double *D, int bs, int ld) {
  usleep(2000);
  for (int i = 0; i < bs; i++)
    for (int j = 0; j < bs; j++)
      D[i * ld + j] = D[i * ld + j] * 0.5 + (i == j ? 1.0 : 0.0);
}

/* panel: row tile solve-like update using the diagonal tile */
DELAYED void panel(DELAYED_IN_2D(bs, bs, ld) const double *D,
                   DELAYED_INOUT_2D(bs, bs, ld) double *P, int bs, int ld) {
  usleep(2000);
  for (int i = 0; i < bs; i++)
    for (int j = 0; j < bs; j++) {
      double s = P[i * ld + j];
      for (int k = 0; k < i; k++) s -= D[i * ld + k] * P[k * ld + j] * 0.01;
      P[i * ld + j] = s / D[i * ld + i];
    }
}

#define T(m, bi, bj) ((m) + (bi) * BS * N + (bj) * BS)

int main(void) {
  double *m = malloc(sizeof(double) * N * N);
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) m[i * N + j] = ((i * 13 + j * 7) % 17) * 0.1 + (i == j ? 4.0 : 0.0);
  for (int k = 0; k < NB; k++) {
    diag_scale(T(m, k, k), BS, N);
    for (int j = k + 1; j < NB; j++) panel(T(m, k, k), T(m, k, j), BS, N);
    for (int i = k + 1; i < NB; i++) panel(T(m, k, k), T(m, i, k), BS, N);
    for (int i = k + 1; i < NB; i++)
      for (int j = k + 1; j < NB; j++)
        gemm_update(T(m, i, k), T(m, k, j), T(m, i, j), BS, N);
  }
  double s = 0;
  for (int i = 0; i < N * N; i++) s += m[i] * (1 + i % 11);
  printf("checksum %.6f\n", s);
  free(m);
  return 0;
}
