/* realloc between tasks: the block grows (and moves, usually) while tasks on
   the old block may be pending; tasks on the new block must see their data. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *p, int n, int base) {
  for (int i = 0; i < n; i++) p[i] = base + i;
}

DELAYED void twice(int *p, int n) {
  for (int i = 0; i < n; i++) p[i] *= 2;
}

DELAYED long total(const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += (long)p[i] * (i % 3 + 1);
  return s;
}

int main(void) {
  int n = 8;
  int *p = malloc(sizeof(int) * n);
  fill(p, n, 10);
  twice(p, n);
  long t1 = total(p, n);
  int *blocker = malloc(64);          /* makes an in-place growth less likely */
  blocker[0] = 1;
  p = realloc(p, sizeof(int) * n * 64);
  fill(p + n, n * 63, 1000);
  twice(p, n * 64);
  long t2 = total(p, n * 64);
  p = realloc(p, sizeof(int) * n * 2);  /* shrink */
  twice(p + n, n);
  long t3 = total(p, 2 * n);
  printf("%ld %ld %ld %d\n", t1, t2, t3, blocker[0]);
  free(blocker);
  free(p);
  return 0;
}
