/* Rows counted backwards from the pointer (DELAYED_OUT_2D with a negative ld, a bottom-up image), a column picked from a table: checked at run time against those rows, no false stop (lit: emit/extent-checks-2d.test has the wrong twin). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"
#define N 16
static double a[N * N];
static const int pick[4] = {2, 0, 3, 1};
/* rows counted upwards in memory: row r at t + r * ld, ld < 0 */
DELAYED void fill(DELAYED_OUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld, int v) {
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) t[r * ld + pick[c]] = v + r * 0.5 + c;
  usleep(2000);
}
int main(void) {
  for (int b = 0; b < 4; b++)
    for (int q = 0; q < 4; q++) fill(a + (b * 4 + 3) * N + q * 4, 4, 4, -N, b * 10 + q);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += a[i] * (i % 7 + 1);
  printf("%.1f\n", s);
  return 0;
}
