/* covers: a local int[N][N] passed as pointer-to-row (int (*)[N]) alongside a 2D tile task on the same matrix */
#include <stdio.h>
#include "delayed.h"

#define N 6
DELAYED void tile(DELAYED_INOUT_2D(2, 3, N) int *t, int v) {
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++) t[i * N + j] += v;
}
DELAYED int diag(int (*m)[N]) { int s = 0; for (int i = 0; i < N; i++) s = s * 7 + m[i][i]; return s; }
DELAYED void row_set(int *r, int v) { for (int j = 0; j < N; j++) r[j] = v * j; }

int main(void) {
  int m[N][N] = {{0}};
  for (int i = 0; i < N; i++) row_set(m[i], i + 1);
  tile(&m[1][1], 100);
  int d1 = diag(m);
  tile(&m[2][2], 1000);
  int d2 = diag(m);
  row_set(m[3], 0);
  int d3 = diag(m);
  printf("%d %d %d\n", d1, d2, d3);
  return 0;
}
