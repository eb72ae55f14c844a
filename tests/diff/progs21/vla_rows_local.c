/* Rows of a pointer to a variable-length row type, double (*a)[m] from calloc
 * (blind round 43, F1): tasks write a[i] (DELAYED_INOUT_N(m)), then the
 * function reads a[i][j].  The read waited for nothing (a row of a VLA was
 * taken for no array, so a[i][j] for no load through a pointer): 0.000 at
 * 1 thread, 0 to 600 at 4, against 800.000 serially. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED void rowop(int m, DELAYED_INOUT_N(m) double *row) { for (int r = 0; r < 20000; r++) for (int j = 0; j < m; j++) row[j] = row[j] * 0.5 + 1; }
static double run3(int n, int m) {
  double (*a)[m] = calloc(n, sizeof *a);
  for (int i = 0; i < n; i++) rowop(m, a[i]);
  double s = 0; for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) s += a[i][j];
  free(a);
  return s;
}
int main(void) {
  printf("%.3f\n", run3(4, 100));   /* serial: 800.000 */
  return 0;
}
