/* Ordinary code reads and writes through an alias between tasks: after a task
   writes through p, main reads through q (same block, run-time offset) and
   must see the result; main writes through q and the next task must see it. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void triple(DELAYED_INOUT_N(n) long *p, int n) {
  for (int i = 0; i < n; i++) p[i] = 3 * p[i] + 1;
}

DELAYED void addone(long *p, int n) {
  for (int i = 0; i < n; i++) p[i] += 1;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 20;
  long *blk = malloc(sizeof(long) * 2 * n);
  for (int i = 0; i < 2 * n; i++) blk[i] = i;
  long *p = blk + argc;          /* blk + 1 */
  long *q = blk;
  long seen = 0;
  for (int step = 0; step < 4; step++) {
    triple(p, n);
    seen = seen * 10 + q[1] % 10;   /* reads what triple wrote */
    q[2] = -q[2];                   /* next task must see this */
    addone(p + 1, n);
    seen += q[n];
    q[n + 1] = 7;
  }
  long h = 0;
  for (int i = 0; i < 2 * n; i++) h = (h * 7 + blk[i]) % 1000000007;
  printf("%ld %ld\n", seen, h);
  free(blk);
  return 0;
}
