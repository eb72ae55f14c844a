/* Counts over elements larger than a scalar: DELAYED_INOUT_N / DELAYED_IN_N on
   a pointer to rows (int (*)[8]) and on a pointer to structs, with tasks on
   row ranges and struct ranges that overlap by one element at run time. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

struct particle { double x, v; int hits; };

DELAYED void rows_shift(DELAYED_INOUT_N(m) int (*rows)[8], int m, int k) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < 8; j++) rows[i][j] = rows[i][j] * 2 + k + (i == 0 ? rows[m - 1][7] % 5 : 0);
}

DELAYED long rows_sum(DELAYED_IN_N(m) const int (*rows)[8], int m) {
  long s = 0;
  for (int i = 0; i < m; i++)
    for (int j = 0; j < 8; j++) s = (s * 3 + rows[i][j]) % 1000000007;
  return s;
}

DELAYED void step(DELAYED_INOUT_N(n) struct particle *p, int n, double dt) {
  for (int i = 0; i < n; i++) {
    p[i].x += p[i].v * dt;
    if (p[i].x > 10.0) { p[i].x -= 10.0; p[i].hits++; }
    if (i > 0) p[i].v += 0.25 * p[i - 1].v;
  }
}

int main(int argc, char **argv) {
  (void)argv;
  int m = 10, b = 3 + argc;    /* row blocks of 4, starting every 3 rows */
  int (*grid)[8] = malloc(sizeof(int[8]) * (size_t)m);
  for (int i = 0; i < m; i++)
    for (int j = 0; j < 8; j++) grid[i][j] = i + j;
  for (int r = 0; r + b <= m; r += b - 1) rows_shift(grid + r, b, r);
  long s1 = rows_sum((const int (*)[8])grid, m);
  int np = 24;
  struct particle *ps = malloc(sizeof(struct particle) * (size_t)np);
  for (int i = 0; i < np; i++) { ps[i].x = i * 0.4; ps[i].v = 1.0 + i % 3; ps[i].hits = 0; }
  for (int t = 0; t < 5; t++)
    for (int c = 0; c + 6 <= np; c += 5 * argc) step(ps + c, 6, 0.5);
  double sx = 0; int hits = 0;
  for (int i = 0; i < np; i++) { sx += ps[i].x * (i + 1) + ps[i].v; hits += ps[i].hits; }
  printf("%ld %.6f %d\n", s1, sx, hits);
  free(grid);
  free(ps);
  return 0;
}
