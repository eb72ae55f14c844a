/* A table of pointers to blocks (sparselu's float **M): ordinary code tests and
 * fills table entries while tasks work on the blocks; it waits only for the
 * tasks whose regions overlap the entry it touches — and a task that writes
 * table entries themselves (fill_row) is still waited for. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NB 6
#define BS 16

DELAYED void scale(DELAYED_INOUT_N(BS) double *blk, double f) {
  for (int r = 0; r < 3000; r++)
    for (int i = 0; i < BS; i++) blk[i] = blk[i] * f + (double)(r % 3);
}

DELAYED void fill_row(DELAYED_OUT_N(n) double **row, int n, double *with) {
  for (int i = 0; i < n; i++) row[i] = (i % 2) ? with : NULL;
}

static void run(double **M, int nb, double *spare) {
  for (int k = 0; k < nb; k++) {
    if (M[k * nb + k] != NULL) scale(M[k * nb + k], 0.5);
    for (int j = k + 1; j < nb; j++)
      if (M[k * nb + j] == NULL && (j + k) % 3 == 0) M[k * nb + j] = calloc(BS, sizeof(double));
    for (int j = k + 1; j < nb; j++)
      if (M[k * nb + j] != NULL) scale(M[k * nb + j], 1.0 + 0.01 * j);
  }
  fill_row(M + (nb - 1) * nb, nb, spare);       /* a task writes entries of the last row */
  int present = 0;
  for (int j = 0; j < nb; j++) present += M[(nb - 1) * nb + j] != NULL;
  printf("last row entries: %d\n", present);
}

int main(void) {
  double **M = malloc(NB * NB * sizeof *M);
  double *spare = calloc(BS, sizeof(double));
  for (int i = 0; i < NB * NB; i++) {
    M[i] = NULL;
    if (i % NB == i / NB || i % 4 == 0) {
      M[i] = malloc(BS * sizeof(double));
      for (int e = 0; e < BS; e++) M[i][e] = (double)(i + e);
    }
  }
  double *keep[NB * NB];
  for (int i = 0; i < NB * NB; i++) keep[i] = M[i];
  run(M, NB, spare);
  double s = 0;
  for (int i = 0; i < NB * (NB - 1); i++)
    if (M[i]) for (int e = 0; e < BS; e++) s += M[i][e] * (double)(i % 7 + 1);
  printf("sum %.6e\n", s);
  for (int i = 0; i < NB * NB; i++) {
    if (i < NB * (NB - 1)) free(M[i]);
    else free(keep[i]);
  }
  free(spare);
  free(M);
  return 0;
}
