/* DELAYED functions that take an int ** (array of row pointers) and a struct
   of pointers: delayc leaves them serial ("holds pointers"), but they must
   still wait for the pending tasks that run on the rows they reach. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
int *g_rows[4];
struct pair { int *x; int *y; };
DELAYED void churn(DELAYED_INOUT_N(n) int *p, int n, int k) {
  for (int r = 0; r < 50; r++)
    for (int i = 0; i < n; i++) p[i] = (p[i] * 7 + k + r) % 65521;
}
DELAYED void bump_rows(int **rows, int m) { for (int i = 0; i < m; i++) rows[i][0] += 100; }
DELAYED void bump_pair(struct pair pr) { pr.x[0] += 7; }
int main(void) {
  for (int r = 0; r < 4; r++) { g_rows[r] = malloc(sizeof(int) * 8); for (int i = 0; i < 8; i++) g_rows[r][i] = r + i; }
  for (int r = 0; r < 4; r++) churn(g_rows[r], 8, r);
  bump_rows(g_rows, 4);
  for (int r = 0; r < 4; r++) churn(g_rows[r], 8, r);
  struct pair pr = { g_rows[1], g_rows[2] };
  bump_pair(pr);
  for (int r = 0; r < 4; r++) churn(g_rows[r], 8, r);
  long h = 0;
  for (int r = 0; r < 4; r++) for (int i = 0; i < 8; i++) h = (h * 31 + g_rows[r][i]) % 1000000007;
  printf("%ld\n", h);
  for (int r = 0; r < 4; r++) free(g_rows[r]);
  return 0;
}
