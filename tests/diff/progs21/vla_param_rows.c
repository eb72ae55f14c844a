/* A function taking a variable-length 2-D array parameter, double a[n][m],
 * hands its rows to tasks, then reads them itself: a[i][j] in ordinary code,
 * a[i] + 1 and &a[i][0] as arguments.  The rows ran serially ("extent or
 * aliasing delayc cannot prove"); they are regions of memory the tasks
 * declare, and the reads wait for the tasks writing there. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void rowfill(int m, DELAYED_OUT_N(m) double *row, int i) {
  double s = 0;
  for (long k = 0; k < 3000000; k++) s += (double)(k % 5);   /* slow first */
  for (int j = 0; j < m; j++) row[j] = i * 1.5 + j + (s > 0 ? 0 : 1);
}

DELAYED double rowsum(int m, DELAYED_IN_N(m) const double *row) {
  double s = 0;
  for (int j = 0; j < m; j++) s += row[j] * (j + 1);
  return s;
}

DELAYED void scale(int m, DELAYED_INOUT_N(m) double *row, double f) {
  for (int j = 0; j < m; j++) row[j] *= f;
}

static double work(int n, int m, double a[n][m]) {
  for (int i = 0; i < n; i++) rowfill(m, a[i], i);
  double direct = 0;
  for (int i = 0; i < n; i++) direct += a[i][m - 1];          /* ordinary reads */
  for (int i = 0; i < n; i++) scale(m - 1, a[i] + 1, 2.0);    /* all but the first column */
  double t = 0;
  for (int i = 0; i < n; i++) t += rowsum(m, &a[i][0]);
  return t + direct;
}

int main(void) {
  int n = 6, m = 5;
  double (*a)[m] = malloc(sizeof(double[n][m]));
  double b[4][7];
  printf("%.1f\n", work(n, m, a));
  printf("%.1f\n", work(4, 7, b));
  printf("%.1f %.1f\n", a[n - 1][m - 1], b[3][6]);
  free(a);
  return 0;
}
