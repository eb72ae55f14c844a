/* A tile fill that writes one row more than its block declares. */
#include <stdio.h>
#include "delayed.h"
#define N 32
static double a[N * N];
DELAYED void fill(DELAYED_OUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld) {
  for (int i = 0; i <= rows; i++)
    for (int j = 0; j < cols; j++) t[i * ld + j] = i + j;
}
int main(void) {
  for (int b = 0; b < 4; b++) fill(a + b * 8 * N, 7, N, N);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += a[i];
  printf("%.1f\n", s);
  return 0;
}
