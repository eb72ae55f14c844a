/* macros that expand to a loop over a parameter; CLAMP/MIN on values; blocks of one buffer */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define FILL(p, n, v) for (int i_ = 0; i_ < (n); i_++) (p)[i_] = (v)
#define ACCUM(s, p, n) for (int j_ = 0; j_ < (n); j_++) (s) += (p)[j_]
#define CLAMP(x, lo, hi) ((x) < (lo) ? (lo) : (x) > (hi) ? (hi) : (x))
#define MIN(a, b) ((a) < (b) ? (a) : (b))

#define NBLK 8
#define BLK 500000
#define ROUNDS 30

/* zero the block with a macro loop, then a pseudo-random pattern */
DELAYED void init_block(DELAYED_OUT_N(n) long *p, int n, long seed) {
  FILL(p, n, 0);
  long s = seed;
  for (int i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    p[i] = s % 1000;
  }
}

/* a few rounds of a clamped update; values go through a local before the macro */
DELAYED void relax_block(DELAYED_INOUT_N(n) long *p, int n, int rounds) {
  for (int r = 0; r < rounds; r++)
    for (int i = 0; i < n; i++) {
      long v = p[i] * 3 + r - 700;
      p[i] = CLAMP(v, 0, 999);
    }
}

/* the sum of a block through the macro loop */
DELAYED long sum_block(DELAYED_IN_N(n) const long *p, int n) {
  long s = 0;
  ACCUM(s, p, n);
  return s;
}

/* the sum of the first m elements, m bounded by MIN */
DELAYED long head_sum(DELAYED_IN_N(n) const long *p, int n, int m) {
  long s = 0;
  for (int i = 0; i < MIN(m, n); i++) s += p[i] * (i + 1);
  return s;
}

int main(void) {
  long *buf = malloc(sizeof(long) * NBLK * BLK);
  if (!buf) return 1;
  for (int b = 0; b < NBLK; b++) init_block(buf + (long)b * BLK, BLK, 17 + b);
  for (int b = 0; b < NBLK; b++) relax_block(buf + (long)b * BLK, BLK, ROUNDS);
  long sums[NBLK], heads[NBLK];
  for (int b = 0; b < NBLK; b++) sums[b] = sum_block(buf + (long)b * BLK, BLK);
  for (int b = 0; b < NBLK; b++) heads[b] = head_sum(buf + (long)b * BLK, BLK, 1000 * (b + 1));
  long total = 0, ht = 0;
  for (int b = 0; b < NBLK; b++) {
    total += sums[b];
    ht = (ht * 7 + heads[b]) % 1000000007;
  }
  printf("total=%ld head=%ld\n", total, ht);
  printf("checksum=%ld\n", (total * 31 + ht) % 1000000007);
  free(buf);
  return 0;
}
