/* Parameters declared as arrays, double a[][N] and double a[R][N] (pointers,
 * whatever libclang shows): tasks write their rows, then the function reads
 * a[i][j] itself.  Those reads waited for nothing (an element of a parameter
 * declared as an array was taken for the function's own storage): stale
 * values at every thread count, gcc, clang and pthreads. */
#include <stdio.h>
#include "delayed.h"
#define R 6
#define N 5

DELAYED void rowfill(DELAYED_OUT_N(N) double *row, int i) {
  double s = 0;
  for (long k = 0; k < 3000000; k++) s += (double)(k % 5);   /* slow first */
  for (int j = 0; j < N; j++) row[j] = i * 1.5 + j + (s > 0 ? 0 : 1);
}

static double open_rows(int n, double a[][N]) {
  for (int i = 0; i < n; i++) rowfill(a[i], i);
  double s = 0;
  for (int i = 0; i < n; i++) s += a[i][N - 1] * (i + 1);
  return s;
}

static double sized_rows(double a[R][N]) {
  for (int i = 0; i < R; i++) rowfill(a[i], 10 + i);
  a[0][0] += 1000;                        /* an ordinary write, after the task on row 0 */
  double s = 0;
  for (int i = 0; i < R; i++) s += a[i][0] + a[i][2];
  return s;
}

int main(void) {
  double a[R][N], b[R][N];
  printf("%.1f\n", open_rows(R, a));
  printf("%.1f\n", sized_rows(b));
  printf("%.1f %.1f\n", a[R - 1][N - 1], b[0][0]);
  return 0;
}
