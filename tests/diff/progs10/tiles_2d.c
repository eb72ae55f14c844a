/* tiles_2d.c — a row-major matrix processed tile by tile with DELAYED_OUT_2D / DELAYED_INOUT_2D / DELAYED_IN_2D */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 512
#define T 128
#define NT (N / T)

/* Fill a tile from a formula over global coordinates. */
DELAYED void init_tile(DELAYED_OUT_2D(t, t, ld) double *a, int t, int ld, int ti, int tj) {
  for (int i = 0; i < t; i++)
    for (int j = 0; j < t; j++) {
      int gi = ti * t + i, gj = tj * t + j;
      a[i * ld + j] = (double)((gi * 31 + gj * 17) % 101) / 50.0 - 1.0;
    }
}

/* Several damped smoothing passes inside the tile (in place). */
DELAYED void relax_tile(DELAYED_INOUT_2D(t, t, ld) double *a, int t, int ld, int passes) {
  for (int p = 0; p < passes; p++)
    for (int i = 1; i < t - 1; i++)
      for (int j = 1; j < t - 1; j++)
        a[i * ld + j] = 0.6 * a[i * ld + j] +
                        0.1 * (a[(i - 1) * ld + j] + a[(i + 1) * ld + j] + a[i * ld + j - 1] + a[i * ld + j + 1]);
}

/* b_tile = transpose(a_tile) + b_tile, tile (ti,tj) of a into tile (tj,ti) of b. */
DELAYED void transpose_add(DELAYED_IN_2D(t, t, ld) const double *a, DELAYED_INOUT_2D(t, t, ld) double *b, int t,
                           int ld) {
  for (int i = 0; i < t; i++)
    for (int j = 0; j < t; j++) b[j * ld + i] += a[i * ld + j];
}

DELAYED double tile_norm(DELAYED_IN_2D(t, t, ld) const double *a, int t, int ld) {
  double s = 0.0;
  for (int i = 0; i < t; i++)
    for (int j = 0; j < t; j++) s += a[i * ld + j] * a[i * ld + j];
  return s;
}

int main(void) {
  double *A = malloc(N * N * sizeof(double));
  double *Bm = malloc(N * N * sizeof(double));
  if (!A || !Bm) return 1;
  for (int i = 0; i < N * N; i++) Bm[i] = (i % 7) * 0.01;

  for (int ti = 0; ti < NT; ti++)
    for (int tj = 0; tj < NT; tj++) init_tile(A + ti * T * N + tj * T, T, N, ti, tj);
  for (int ti = 0; ti < NT; ti++)
    for (int tj = 0; tj < NT; tj++) relax_tile(A + ti * T * N + tj * T, T, N, 40 + ti + tj);
  for (int ti = 0; ti < NT; ti++)
    for (int tj = 0; tj < NT; tj++) transpose_add(A + ti * T * N + tj * T, Bm + tj * T * N + ti * T, T, N);

  double norms[NT][NT];
  for (int ti = 0; ti < NT; ti++)
    for (int tj = 0; tj < NT; tj++) norms[ti][tj] = tile_norm(Bm + ti * T * N + tj * T, T, N);

  double total = 0.0;
  for (int ti = 0; ti < NT; ti++) {
    for (int tj = 0; tj < NT; tj++) {
      printf(" %12.6f", norms[ti][tj]);
      total += norms[ti][tj];
    }
    printf("\n");
  }
  printf("total=%.6f A[1][1]=%.9f B[N-1][0]=%.9f\n", total, A[1 * N + 1], Bm[(N - 1) * N]);
  free(A);
  free(Bm);
  return 0;
}
