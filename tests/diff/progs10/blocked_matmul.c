/* blocked_matmul.c — C = A*B on a 3x3 grid of contiguous tiles with DELAYED_IN_N/DELAYED_OUT_N/DELAYED_INOUT_N buffers */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NB 3   /* tiles per side */
#define B 128  /* tile size */

/* Fill one tile of A from a formula (task: A's tiles are made by tasks). */
DELAYED void init_tile(DELAYED_OUT_N(b * b) double *t, int b, int ti, int tj) {
  for (int i = 0; i < b; i++)
    for (int j = 0; j < b; j++) {
      int gi = ti * b + i, gj = tj * b + j;
      t[i * b + j] = ((gi * 7 + gj * 3) % 17) / 8.0 - 1.0;
    }
}

/* c += a * bm, all b x b, row-major. */
DELAYED void gemm_tile(DELAYED_IN_N(b * b) const double *a, DELAYED_IN_N(b * b) const double *bm,
                       DELAYED_INOUT_N(b * b) double *c, int b) {
  for (int i = 0; i < b; i++)
    for (int k = 0; k < b; k++) {
      double aik = a[i * b + k];
      for (int j = 0; j < b; j++) c[i * b + j] += aik * bm[k * b + j];
    }
}

DELAYED double tile_trace_sum(DELAYED_IN_N(b * b) const double *c, int b) {
  double s = 0.0;
  for (int i = 0; i < b * b; i++) s += c[i] * ((i % 5) - 2);
  return s;
}

int main(void) {
  double *A[NB][NB], *Bm[NB][NB], *C[NB][NB];
  for (int i = 0; i < NB; i++)
    for (int j = 0; j < NB; j++) {
      A[i][j] = malloc(B * B * sizeof(double));
      Bm[i][j] = malloc(B * B * sizeof(double));
      C[i][j] = calloc(B * B, sizeof(double));
      if (!A[i][j] || !Bm[i][j] || !C[i][j]) return 1;
      /* B is made by ordinary code */
      for (int r = 0; r < B; r++)
        for (int c = 0; c < B; c++) {
          int gi = i * B + r, gj = j * B + c;
          Bm[i][j][r * B + c] = ((gi * 5 + gj * 11) % 13) / 6.0 - 1.0;
        }
    }
  for (int i = 0; i < NB; i++)
    for (int j = 0; j < NB; j++) init_tile(A[i][j], B, i, j);

  for (int i = 0; i < NB; i++)
    for (int j = 0; j < NB; j++)
      for (int k = 0; k < NB; k++) gemm_tile(A[i][k], Bm[k][j], C[i][j], B);

  double w[NB][NB];
  for (int i = 0; i < NB; i++)
    for (int j = 0; j < NB; j++) w[i][j] = tile_trace_sum(C[i][j], B);

  double total = 0.0;
  for (int i = 0; i < NB; i++) {
    for (int j = 0; j < NB; j++) {
      printf("C[%d][%d]: weighted=%.4f c00=%.4f clast=%.4f\n", i, j, w[i][j], C[i][j][0],
             C[i][j][B * B - 1]);
      total += w[i][j];
    }
  }
  printf("total=%.4f\n", total);
  for (int i = 0; i < NB; i++)
    for (int j = 0; j < NB; j++) {
      free(A[i][j]);
      free(Bm[i][j]);
      free(C[i][j]);
    }
  return 0;
}
