/* A task hands a DELAYED callee more rows than its own block holds. */
#include <stdio.h>
#include "delayed.h"
#define N 32
static double a[N * N];
DELAYED void scale(DELAYED_INOUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld, double f) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) t[i * ld + j] *= f;
}
DELAYED void halves(DELAYED_INOUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld) {
  scale(t, rows / 2, cols, ld, 0.5);
  scale(t + (rows / 2) * ld, rows / 2 + 1, cols, ld, 2.0);
}
int main(void) {
  for (int i = 0; i < N * N; i++) a[i] = i % 5;
  for (int q = 0; q < 4; q++) halves(a + (q / 2) * 16 * N + (q % 2) * 16, 16, 16, N);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += a[i];
  printf("%.1f\n", s);
  return 0;
}
