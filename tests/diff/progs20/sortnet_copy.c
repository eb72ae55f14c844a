/* sort small groups through a local copy: memcpy in/out, nested CSWAP/SWAP macros on the copy only */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define SWAP(a, b) do { int t_ = (a); (a) = (b); (b) = t_; } while (0)
#define CSWAP(a, b) do { if ((b) < (a)) SWAP(a, b); } while (0)
#define G 8
#define NBLK 8
#define BLK (1 << 18)
#define REPS 6

/* every group of 8 in the block sorted by a network, REPS times over shifting data */
DELAYED long sort_groups(DELAYED_INOUT_N(n) int *blk, int n) {
  int g[G];
  long work = 0;
  for (int rep = 0; rep < REPS; rep++)
    for (int base = 0; base + G <= n; base += G) {
      memcpy(g, blk + base, sizeof g);
      for (int k = 0; k < G; k++) g[k] ^= rep;
      CSWAP(g[0], g[1]); CSWAP(g[2], g[3]); CSWAP(g[4], g[5]); CSWAP(g[6], g[7]);
      CSWAP(g[0], g[2]); CSWAP(g[1], g[3]); CSWAP(g[4], g[6]); CSWAP(g[5], g[7]);
      CSWAP(g[1], g[2]); CSWAP(g[5], g[6]); CSWAP(g[0], g[4]); CSWAP(g[3], g[7]);
      CSWAP(g[1], g[5]); CSWAP(g[2], g[6]);
      CSWAP(g[1], g[4]); CSWAP(g[3], g[6]);
      CSWAP(g[2], g[4]); CSWAP(g[3], g[5]);
      CSWAP(g[3], g[4]);
      memcpy(blk + base, g, sizeof g);
      work += g[0];
    }
  return work;
}

/* a checksum of the block that also tests the groups are sorted */
DELAYED long check_block(DELAYED_IN_N(n) const int *blk, int n) {
  long cs = 0;
  for (int i = 0; i < n; i++) {
    if (i % G != 0 && blk[i - 1] > blk[i]) return -1;
    cs = (cs * 131 + blk[i]) % 1000000007;
  }
  return cs;
}

int main(void) {
  int *data = malloc(sizeof(int) * NBLK * BLK);
  if (!data) return 1;
  unsigned s = 31337;
  for (int i = 0; i < NBLK * BLK; i++) {
    s ^= s << 13; s ^= s >> 17; s ^= s << 5;
    data[i] = (int)(s & 0xfffff);
  }
  long w[NBLK], c[NBLK];
  for (int b = 0; b < NBLK; b++) w[b] = sort_groups(data + (size_t)b * BLK, BLK);
  for (int b = 0; b < NBLK; b++) c[b] = check_block(data + (size_t)b * BLK, BLK);
  long tw = 0, tc = 0;
  for (int b = 0; b < NBLK; b++) {
    tw += w[b];
    tc = (tc * 7 + c[b]) % 1000000007;
  }
  printf("work=%ld\n", tw);
  printf("checksum=%ld\n", tc);
  free(data);
  return 0;
}
