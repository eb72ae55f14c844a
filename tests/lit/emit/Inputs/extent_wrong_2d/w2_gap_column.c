/* A tile that also writes the column after its own: the gap between rows. */
#include <stdio.h>
#include "delayed.h"
#define N 32
static double a[N * N];
DELAYED void fill(DELAYED_OUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j <= cols; j++) t[i * ld + j] = i * j;
}
int main(void) {
  for (int bi = 0; bi < 4; bi++)
    for (int bj = 0; bj < 4; bj++) fill(a + bi * 8 * N + bj * 8, 8, 7, N);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += a[i];
  printf("%.1f\n", s);
  return 0;
}
