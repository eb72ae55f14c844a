/* tiled matrix multiply: AT(m,i,j) index macro on both sides of assignments, _2D extents */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define AT(m, i, j) (m)[(i) * (ld) + (j)]
#define NB 4
#define TS 160
#define NN (NB * TS)

DELAYED void tile_init(DELAYED_OUT_2D(ts, ts, ld) double *t, int ts, int ld, int seed) {
  for (int i = 0; i < ts; i++)
    for (int j = 0; j < ts; j++)
      AT(t, i, j) = (double)((seed * 31 + i * 7 + j * 3) % 17) - 8.0;
}

DELAYED void tile_zero(DELAYED_OUT_2D(ts, ts, ld) double *c, int ts, int ld) {
  for (int i = 0; i < ts; i++)
    for (int j = 0; j < ts; j++) AT(c, i, j) = 0.0;
}

/* c += a * b on one tile */
DELAYED void tile_gemm(DELAYED_IN_2D(ts, ts, ld) const double *a, DELAYED_IN_2D(ts, ts, ld) const double *b,
                       DELAYED_INOUT_2D(ts, ts, ld) double *c, int ts, int ld) {
  for (int i = 0; i < ts; i++)
    for (int k = 0; k < ts; k++) {
      double aik = AT(a, i, k);
      for (int j = 0; j < ts; j++) AT(c, i, j) += aik * AT(b, k, j);
    }
}

DELAYED double tile_trace_sum(DELAYED_IN_2D(ts, ts, ld) const double *c, int ts, int ld) {
  double s = 0;
  for (int i = 0; i < ts; i++)
    for (int j = 0; j < ts; j++) s += AT(c, i, j) * (double)(1 + ((i + j) % 5));
  return s;
}

int main(void) {
  const int ld = NN;
  double *A = malloc(sizeof(double) * NN * NN);
  double *B = malloc(sizeof(double) * NN * NN);
  double *C = malloc(sizeof(double) * NN * NN);
  if (!A || !B || !C) return 1;

  for (int bi = 0; bi < NB; bi++)
    for (int bj = 0; bj < NB; bj++) {
      tile_init(&AT(A, bi * TS, bj * TS), TS, ld, bi * NB + bj);
      tile_init(&AT(B, bi * TS, bj * TS), TS, ld, 100 + bi * NB + bj);
      tile_zero(&AT(C, bi * TS, bj * TS), TS, ld);
    }

  for (int bi = 0; bi < NB; bi++)
    for (int bj = 0; bj < NB; bj++)
      for (int bk = 0; bk < NB; bk++)
        tile_gemm(A + (bi * TS) * ld + bk * TS, B + (bk * TS) * ld + bj * TS,
                  C + (bi * TS) * ld + bj * TS, TS, ld);

  double part[NB * NB];
  for (int bi = 0; bi < NB; bi++)
    for (int bj = 0; bj < NB; bj++)
      part[bi * NB + bj] = tile_trace_sum(C + (bi * TS) * ld + bj * TS, TS, ld);

  double cs = 0;
  for (int t = 0; t < NB * NB; t++) cs += part[t] * (double)(t + 1);
  printf("C[0][0]=%.1f C[n-1][n-1]=%.1f\n", AT(C, 0, 0), AT(C, NN - 1, NN - 1));
  printf("checksum=%.3f\n", cs);
  free(A); free(B); free(C);
  return 0;
}
