/* Nested loops of tasks on strided rows of a malloc'd matrix: row tasks with
   a run-time stride, then column tasks that read with stride, then row tasks
   on every other row again. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void row_scale(DELAYED_INOUT_N(n) int *row, int n, int k) {
  for (int j = 0; j < n; j++) row[j] = (row[j] * k + j) % 9973;
}

DELAYED void col_prefix(int *col, int m, int stride) {
  for (int i = 1; i < m; i++) col[i * stride] = (col[i * stride] + col[(i - 1) * stride]) % 9973;
}

DELAYED long row_hash(DELAYED_IN_N(n) const int *row, int n) {
  long h = 0;
  for (int j = 0; j < n; j++) h = (h * 7 + row[j]) % 1000000007;
  return h;
}

int main(int argc, char **argv) {
  (void)argv;
  int m = 12, n = 10 + argc;   /* 11 columns */
  int *mat = malloc(sizeof(int) * m * n);
  for (int i = 0; i < m * n; i++) mat[i] = i % 17;
  for (int rep = 0; rep < 2; rep++) {
    for (int i = 0; i < m; i += 1 + rep)
      row_scale(mat + i * n, n, 3 + rep);
    for (int j = 0; j < n; j++)
      col_prefix(mat + j, m, n);
    for (int i = rep; i < m; i += 2)
      for (int half = 0; half < 2; half++)
        row_scale(mat + i * n + half * (n / 2), n / 2, 5);
  }
  long hs[12];
  for (int i = 0; i < m; i++) hs[i] = row_hash(mat + i * n, n);
  long h = 0;
  for (int i = 0; i < m; i++) h = (h * 1000003 + hs[i]) % 1000000007;
  printf("%ld %ld\n", hs[0], h);
  free(mat);
  return 0;
}
