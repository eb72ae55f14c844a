/* A global array of row pointers: tasks run on each row, then an ordinary
   helper receives the array itself (int **) and writes through the rows it
   holds, then another helper reads them; main must wait for the pending row
   tasks before each helper call. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

int *g_rows[4];

DELAYED void churn(DELAYED_INOUT_N(n) int *p, int n, int k) {
  for (int r = 0; r < 50; r++)
    for (int i = 0; i < n; i++) p[i] = (p[i] * 7 + k + r) % 65521;
}

void bump_rows(int **rows, int m) {
  for (int i = 0; i < m; i++) rows[i][0] += 100;
}

long sum_rows(int *const *rows, int m, int n) {
  long s = 0;
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++) s = (s * 3 + rows[i][j]) % 1000000007;
  return s;
}

int main(void) {
  for (int r = 0; r < 4; r++) {
    g_rows[r] = malloc(sizeof(int) * 8);
    for (int i = 0; i < 8; i++) g_rows[r][i] = r + i;
  }
  for (int r = 0; r < 4; r++) churn(g_rows[r], 8, r);
  bump_rows(g_rows, 4);
  for (int r = 0; r < 4; r++) churn(g_rows[r], 8, r + 10);
  long s = sum_rows(g_rows, 4, 8);
  for (int r = 0; r < 4; r++) churn(g_rows[r], 8, r + 20);
  long h = 0;
  for (int r = 0; r < 4; r++)
    for (int i = 0; i < 8; i++) h = (h * 31 + g_rows[r][i]) % 1000000007;
  printf("%ld %ld\n", s, h);
  for (int r = 0; r < 4; r++) free(g_rows[r]);
  return 0;
}
