/* covers: a 2D tile task followed by a 1D _N task on the same memory (row-major whole matrix) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 6
DELAYED void tile_fill(DELAYED_OUT_2D(2, 2, N) int *t, int v) {
  t[0] = v; t[1] = v + 1; t[N] = v + 2; t[N + 1] = v + 3;
}
DELAYED void row_scale(DELAYED_INOUT_N(n) int *r, int n, int k) {
  for (int i = 0; i < n; i++) r[i] = r[i] * k + 1;
}
DELAYED long sum(DELAYED_IN_N(n) const int *a, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += (long)a[i] * (i + 1);
  return s;
}

int main(void) {
  int *m = calloc(N * N, sizeof(int));
  for (int b = 0; b < 3; b++) tile_fill(m + b * 2 * N + b * 2, 10 * (b + 1));
  for (int r = 0; r < N; r++) row_scale(m + r * N, N, r + 2);
  tile_fill(m + 1 * N + 3, 100);
  row_scale(m + N + 2, 3, 5);
  long s = sum(m, N * N);
  printf("%ld\n", s);
  for (int i = 0; i < N * N; i++) printf("%d%c", m[i], i % N == N - 1 ? '\n' : ' ');
  free(m);
  return 0;
}
