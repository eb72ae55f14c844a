/* Early returns while tasks on the caller's memory are pending: a helper
   spawns tasks on its pointer parameters and returns from the middle of a
   loop; the caller immediately reads and rewrites the same memory through
   another pointer and passes overlapping views to the helper again. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void add_k(DELAYED_INOUT_N(n) int *p, int n, int k) {
  for (int i = 0; i < n; i++) p[i] = p[i] * 3 + k;
}

DELAYED int probe(DELAYED_IN_N(1) const int *p) { return *p; }

static int work(int *p, int *q, int n, int limit) {
  for (int i = 0; i < n; i++) {
    add_k(p + i, 4, i);
    add_k(q, 2, i);
    if (probe(p + i) % 7 == limit) return i;   /* tasks still pending here */
    if (i == n - 1) return -1;
  }
  return -2;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 30;
  int *blk = malloc(sizeof(int) * 64);
  for (int i = 0; i < 64; i++) blk[i] = i % 9;
  int *alias = blk + argc;       /* blk + 1 */
  int r1 = work(blk, alias + 5, n, 3);
  int seen = alias[2];
  alias[3] = -seen;
  int r2 = work(alias, blk, n, 5);
  int r3 = work(blk + 10, blk + 12, 8, 100);
  long h = 0;
  for (int i = 0; i < 64; i++) h = (h * 3 + blk[i] % 1000) % 1000000007;
  printf("%d %d %d %d %ld\n", r1, r2, r3, seen, h);
  free(blk);
  return 0;
}
