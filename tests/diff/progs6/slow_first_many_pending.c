/* One slow task on a whole block, then hundreds of tasks on disjoint windows
   (all pending behind it), then tasks on windows straddling two of those:
   the run-time regions of many pending tasks must stay comparable. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static long *blocks_of(int n) { return malloc(sizeof(long) * (size_t)n); }

DELAYED void slow_init(long *p, int n) {
  for (int r = 0; r < 200; r++)
    for (int i = 0; i < n; i++) p[i] = (p[i] * 3 + i + r) % 1000003;
}

DELAYED void win_add(DELAYED_INOUT_N(w) long *p, int w, long v) {
  for (int i = 0; i < w; i++) p[i] = (p[i] * 5 + v + i) % 1000003;
}

DELAYED long win_sum(DELAYED_IN_N(w) const long *p, int w) {
  long s = 0;
  for (int i = 0; i < w; i++) s = (s * 7 + p[i]) % 1000003;
  return s;
}

int main(int argc, char **argv) {
  (void)argv;
  int w = 3 + argc, n = 600 * w;   /* 600 windows of 4 */
  long *b = blocks_of(n);
  for (int i = 0; i < n; i++) b[i] = i;
  slow_init(b, n);
  for (int s = 0; s < n; s += w) win_add(b + s, w, s);
  for (int s = w / 2; s + w <= n; s += w) win_add(b + s, w, -s);
  long sums[50];
  for (int k = 0; k < 50; k++) sums[k] = win_sum(b + k * 11, w + 1);
  for (int s = 1; s + w <= n; s += 2 * w) win_add(b + s, w, 9);
  long h = 0;
  for (int k = 0; k < 50; k++) h = (h * 131 + sums[k]) % 1000000007;
  for (int i = 0; i < n; i++) h = (h * 31 + b[i]) % 1000000007;
  printf("%ld\n", h);
  free(b);
  return 0;
}
