/* The same rows as a parameter, double (*a)[m] (blind round 43, F1 and F2):
 * a wrong sum as vla_rows_local.c, and the pthreads target declared the
 * function with its VLA type at file scope, where m is not: a build error. */
#include <stdio.h>
#include "delayed.h"
DELAYED void rowop(int m, DELAYED_INOUT_N(m) double *row) { for (int r = 0; r < 20000; r++) for (int j = 0; j < m; j++) row[j] = row[j] * 0.5 + 1; }
static double run2(int n, int m, double (*a)[m]) {
  for (int i = 0; i < n; i++) rowop(m, a[i]);
  double s = 0; for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) s += a[i][j];
  return s;
}
int main(void) {
  static double b[4][100];
  printf("%.3f\n", run2(4, 100, b));   /* serial: 800.000 */
  return 0;
}
