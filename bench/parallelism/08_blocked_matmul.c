/* ideal-4: 3.86 */
/* Blocked matrix multiply C = A * B on 3x3 tiles, each tile malloc'd on its own
 * (double *A[NB][NB]); one task per tile update C[i][j] += A[i][k] * B[k][j]
 * (15 ms), the three updates of one C tile in a chain.
 *   work: 27*15 = 405 ms; 9 chains of 3 unit tasks on 4 workers: at least
 *   ceil(27/4) = 7 rounds of 15 ms = 105 ms, and 7 rounds suffice (a chain needs
 *   3 distinct rounds only); ideal = 405 / 105 = 3.86 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

#define NB 3
#define TS 24

DELAYED void gemm_tile(DELAYED_INOUT_N(TS * TS) double *restrict c,
                       DELAYED_IN_N(TS * TS) const double *a,
                       DELAYED_IN_N(TS * TS) const double *b) {
  work_ms(15);
  for (int i = 0; i < TS; i++)
    for (int k = 0; k < TS; k++) {
      double aik = a[i * TS + k];
      for (int j = 0; j < TS; j++) c[i * TS + j] += aik * b[k * TS + j];
    }
}

static double *new_tile(int seed) {
  double *t = malloc(TS * TS * sizeof *t);
  if (!t) exit(1);
  for (int i = 0; i < TS * TS; i++) t[i] = (double)((seed * 13 + i * 5) % 11 - 5);
  return t;
}

int main(void) {
  double *A[NB][NB], *B[NB][NB], *C[NB][NB];
  for (int i = 0; i < NB; i++)
    for (int j = 0; j < NB; j++) {
      A[i][j] = new_tile(i * NB + j);
      B[i][j] = new_tile(100 + i * NB + j);
      C[i][j] = calloc(TS * TS, sizeof(double));
      if (!C[i][j]) return 1;
    }

  for (int i = 0; i < NB; i++)
    for (int j = 0; j < NB; j++)
      for (int k = 0; k < NB; k++)
        gemm_tile(C[i][j], A[i][k], B[k][j]);

  for (int i = 0; i < NB; i++)
    for (int j = 0; j < NB; j++) {
      double s = 0.0;
      for (int e = 0; e < TS * TS; e++) s += C[i][j][e];
      printf("C[%d][%d] sum = %.1f\n", i, j, s);
    }
  for (int i = 0; i < NB; i++)
    for (int j = 0; j < NB; j++) {
      free(A[i][j]);
      free(B[i][j]);
      free(C[i][j]);
    }
  return 0;
}
