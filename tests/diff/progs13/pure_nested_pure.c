/* pure_nested_pure.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* pure functions that call DELAYED functions, spawn tasks themselves, or write through an out-parameter */
#include <stdio.h>
#include "delayed.h"

int log_count;

DELAYED long leaf(long x) { long s = 0; for (long i = 0; i < 20000; i++) s += (x * i) % 7; return s; }
DELAYED long noisy_leaf(long x) { log_count++; return x * 2; }
DELAYED_PURE long pleaf(long x) { long s = 0; for (long i = 0; i < 20000; i++) s += (x * i) % 5; return s; }

/* spawns tasks inside a pure function */
DELAYED_PURE long tree(int depth, long seed) {
  if (depth == 0) return leaf(seed);
  long a = tree(depth - 1, seed * 2);
  long b = tree(depth - 1, seed * 2 + 1);
  return a + b + pleaf(seed);
}
/* "pure" on top of an impure DELAYED call */
DELAYED_PURE long wraps_noisy(long x) { long r = noisy_leaf(x); return r + 1; }
/* pure, but writes its result through a pointer */
DELAYED_PURE void fill(DELAYED_OUT_N(n) long *out, int n, long seed) {
  for (int i = 0; i < n; i++) { long s = seed; for (int k = 0; k < 5000; k++) s = (s * 31 + k) % 1000003; out[i] = s + i; }
}

int main(void) {
  long t[6];
  for (int i = 0; i < 6; i++) t[i] = tree(4, i % 2 + 1);
  for (int i = 0; i < 6; i++) printf("%ld ", t[i]);
  printf("\n");

  long w1 = wraps_noisy(3);
  long w2 = wraps_noisy(3);
  printf("noisy: %ld %ld count=%d\n", w1, w2, log_count);
  long ws[4];
  for (int i = 0; i < 4; i++) ws[i] = wraps_noisy(i % 2);
  printf("noisy loop: %ld %ld %ld %ld count=%d\n", ws[0], ws[1], ws[2], ws[3], log_count);

  long buf[8];
  fill(buf, 8, 5);
  buf[3] = -1;
  fill(buf, 8, 5);
  printf("fill: %ld %ld\n", buf[3], buf[7]);
  long b2[8];
  for (int r = 0; r < 3; r++) { fill(b2, 8, 7); b2[r] = -r; }
  printf("fill loop: %ld %ld %ld\n", b2[0], b2[1], b2[2]);
  return 0;
}
