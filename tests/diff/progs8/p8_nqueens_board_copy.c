/* N-queens: each child gets its own malloc'd copy of the board (a view it reads),
 * and a by-value struct board in a second solver. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define MAXN 12

static int ok(const int *b, int row, int col) {
  for (int r = 0; r < row; r++) {
    int c = b[r];
    if (c == col || c - col == r - row || c - col == row - r) return 0;
  }
  return 1;
}

DELAYED long solve(int n, int row, DELAYED_IN_N(row) const int *board) {
  if (row == n) return 1;
  long cnt[MAXN];
  int *kids[MAXN];
  for (int col = 0; col < n; col++) {
    kids[col] = NULL;
    cnt[col] = 0;
    if (!ok(board, row, col)) continue;
    int *b = malloc(sizeof(int) * (size_t)(row + 1));
    memcpy(b, board, sizeof(int) * (size_t)row);
    b[row] = col;
    kids[col] = b;
    cnt[col] = solve(n, row + 1, b);
  }
  long total = 0;
  for (int col = 0; col < n; col++) {
    total += cnt[col];
    free(kids[col]);
  }
  return total;
}

typedef struct { int q[MAXN]; int n; } Board;

DELAYED long solve_v(Board b, int row) {
  if (row == b.n) return 1;
  long cnt[MAXN];
  for (int col = 0; col < b.n; col++) {
    cnt[col] = 0;
    if (!ok(b.q, row, col)) continue;
    Board child = b;
    child.q[row] = col;
    cnt[col] = solve_v(child, row + 1);
  }
  long total = 0;
  for (int col = 0; col < b.n; col++) total += cnt[col] * (col + 1);
  return total;
}

int main(void) {
  int *shared = malloc(sizeof(int) * MAXN);
  long r[9];
  for (int n = 4; n <= 8; n++) r[n] = solve(n, 0, shared);
  shared[0] = 1;
  long first1 = solve(8, 1, shared);       /* queen fixed in column 1 */
  shared[0] = 3;                            /* rewritten while first1 may run */
  long first3 = solve(8, 1, shared);
  Board b;
  memset(&b, 0, sizeof b);
  b.n = 7;
  long v7 = solve_v(b, 0);
  for (int n = 4; n <= 8; n++) printf("queens(%d)=%ld\n", n, r[n]);
  printf("first1=%ld first3=%ld weighted7=%ld\n", first1, first3, v7);
  free(shared);
  return 0;
}
