/* Partial overlaps from pointer arithmetic with run-time offsets: tasks with
   DELAYED_INOUT_N / DELAYED_IN_N counts on p and p + k where k (from argc) is
   smaller than the count, so the regions overlap in part. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void bump(DELAYED_INOUT_N(n) int *p, int n, int v) {
  for (int i = 0; i < n; i++) p[i] = p[i] * 3 + v;
}

DELAYED long weigh(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 31 + p[i]) % 1000000007;
  return s;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 40;
  int k = 7 * argc;            /* 7 at run time */
  int *buf = calloc(3 * n, sizeof(int));
  for (int i = 0; i < 3 * n; i++) buf[i] = i % 5;
  int *p = buf;
  int *q = buf + k;            /* overlaps p's first n elements by n - k */
  bump(p, n, 1);
  bump(q, n, 2);
  long w1 = weigh(p + k / 2, n);
  bump(q + n - 1, n, 3);       /* one element shared with q's region */
  long w2 = weigh(buf + n, n);
  bump(p + 2 * n, n, 4);       /* disjoint from the rest except q + n - 1's tail */
  long w3 = weigh(buf, 3 * n);
  printf("%ld %ld %ld\n", w1, w2, w3);
  free(buf);
  return 0;
}
