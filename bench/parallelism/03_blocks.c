/* ideal-4: 4.00 */
/* An array of malloc'd blocks, double *blk[NB]: per block fill (10 ms) -> smooth
 * (20 ms) -> sum (10 ms), the 12 blocks independent of one another.
 *   work: 12*(10+20+10) = 480 ms; 12 independent chains of 40 ms: 3 per worker
 *   = 120 ms; ideal = 480 / 120 = 4.00 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

#define NB 12
#define BS 1000

DELAYED void fill(DELAYED_OUT_N(n) double *restrict b, int n, int seed) {
  work_ms(10);
  for (int i = 0; i < n; i++) b[i] = (double)((seed * 31 + i * 7) % 97);
}

DELAYED void smooth(DELAYED_INOUT_N(n) double *restrict b, int n) {
  work_ms(20);
  double prev = b[0];
  for (int i = 1; i < n - 1; i++) {
    double cur = b[i];
    b[i] = (prev + cur + b[i + 1]) / 3.0;
    prev = cur;
  }
}

DELAYED double block_sum(DELAYED_IN_N(n) const double *b, int n) {
  work_ms(10);
  double s = 0.0;
  for (int i = 0; i < n; i++) s += b[i];
  return s;
}

int main(void) {
  double *blk[NB];
  double sums[NB];
  for (int i = 0; i < NB; i++) {
    blk[i] = malloc(BS * sizeof(double));
    if (!blk[i]) return 1;
  }

  for (int i = 0; i < NB; i++) {
    fill(blk[i], BS, i);
    smooth(blk[i], BS);
    sums[i] = block_sum(blk[i], BS);
  }

  double total = 0.0;
  for (int i = 0; i < NB; i++) {
    printf("block %2d: %.4f\n", i, sums[i]);
    total += sums[i];
  }
  printf("total: %.4f\n", total);
  for (int i = 0; i < NB; i++) free(blk[i]);
  return 0;
}
