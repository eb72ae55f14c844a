/* Negative offsets: DELAYED functions read and write p[-1] with p pointing
   inside a block (obtained from an allocation helper, so delayc tracks it only
   at run time), while other tasks write the element just before p. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static int *alloc_ints(int n) { return malloc(sizeof(int) * (size_t)n); }

DELAYED void diff_prev(int *p, int n) {
  for (int i = n - 1; i >= 0; i--) p[i] = p[i] - p[i - 1];
}

DELAYED void set_first(DELAYED_OUT_N(1) int *p, int v) { p[0] = v; }

DELAYED void pull_back(int *p) { p[-1] = p[-1] * 10 + p[0]; }

DELAYED long sum_n(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 13 + p[i]) % 1000000007;
  return s;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 16;
  int *blk = alloc_ints(n + 4);
  for (int i = 0; i < n + 4; i++) blk[i] = i * i;
  int k = 2 * argc;              /* 2 */
  int *p = blk + k;
  set_first(blk + k - 1, 100);   /* writes p[-1] */
  diff_prev(p, n);               /* reads p[-1] */
  set_first(blk + 1, 5);         /* writes p[-1] again */
  pull_back(p);
  pull_back(blk + 1);            /* writes blk[0] reading blk[1] */
  set_first(p + n - 1, 9);
  pull_back(p + n);
  long s1 = sum_n(blk, 3);
  set_first(blk + 2, -4);
  pull_back(blk + 3);
  long s2 = sum_n(blk, n + 4);
  printf("%d %d %ld %ld\n", blk[0], blk[1], s1, s2);
  free(blk);
  return 0;
}
