/* block_start_remainder.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include "delayed.h"
#define BS 16
DELAYED void fill(DELAYED_OUT_N(BS) double *k, int seed) {
  for (int i = 0; i < BS; i++) {
    double x = 0;
    for (int r = 0; r < 20000; r++) x += ((i + seed + r) % 17) * 1e-4;
    k[i] = x;
  }
}
DELAYED double total(DELAYED_IN_N(BS) const double *k) {
  double s = 0;
  for (int r = 0; r < 20000; r++) for (int i = 0; i < BS; i++) s += k[i] * (r % 2);
  return s;
}
int main(void) {
  double a[2 * BS];
  for (int i = 0; i < 2 * BS; i++) a[i] = -1;
  int h = 2;
  fill(a, 0);
  fill(a + BS, 1);
  double t = total(a + BS * h % 24);     /* a + 8: the second half of block 0, first half of block 1 */
  printf("%.4f\n", t);
  return 0;
}
