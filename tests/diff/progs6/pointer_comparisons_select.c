/* Pointer comparisons decide the order and the arguments of tasks: the lower
   of two run-time pointers into one block, a loop bounded by p < end, an
   equality test between aliases, and a pointer difference as a count. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void rot(DELAYED_INOUT_N(n) int *p, int n) {
  int t = p[0];
  for (int i = 0; i + 1 < n; i++) p[i] = p[i + 1];
  p[n - 1] = t * 2 + 1;
}

DELAYED void inc(int *p, int n) { for (int i = 0; i < n; i++) p[i]++; }

static int *pick_block(int n) { return malloc(sizeof(int) * (size_t)n); }

int main(int argc, char **argv) {
  (void)argv;
  int n = 50;
  int *a = pick_block(n);
  for (int i = 0; i < n; i++) a[i] = i;
  int *p = a + 3 * argc, *q = a + 17 - 2 * argc;   /* a + 3, a + 15 */
  int *lo = p < q ? p : q, *hi = p < q ? q : p;
  rot(lo, (int)(hi - lo) + 2);                       /* reaches into hi */
  rot(hi, 10);
  for (int *it = a; it + 3 <= a + n; it += 7) rot(it, 3);
  if (lo + 12 == hi) inc(hi - 1, 3);
  int *end = a + n;
  int cnt = 0;
  for (int *it = hi; it + 5 <= end; it += 5) { inc(it, 5); cnt++; }
  rot(a, (int)(end - a));
  long h = 0;
  for (int *it = a; it != end; it++) h = (h * 7 + *it) % 1000000007;
  printf("%d %ld\n", cnt, h);
  free(a);
  return 0;
}
