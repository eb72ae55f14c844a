/* memcpy, memmove and memset by ordinary code between tasks on the same
   memory (through different pointers to one block). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void ramp(DELAYED_INOUT_N(n) int *p, int n, int k) {
  for (int i = 0; i < n; i++) p[i] += k * i;
}

DELAYED long sum_n(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 3 + p[i]) % 1000000007;
  return s;
}

int main(void) {
  int n = 32;
  int *blk = malloc(sizeof(int) * 2 * n);
  memset(blk, 0, sizeof(int) * 2 * n);
  int *lo = blk, *hi = blk + n;
  ramp(lo, n, 1);
  memcpy(hi, lo, sizeof(int) * n);      /* must copy ramp's result */
  ramp(hi, n, 2);
  memset(lo, 0, sizeof(int) * (n / 2)); /* must not be overwritten by ramp(lo) */
  long s1 = sum_n(blk, 2 * n);
  ramp(blk + n / 2, n, 3);
  memmove(blk + 1, blk, sizeof(int) * (n + 3));
  long s2 = sum_n(hi, n);
  ramp(lo, 2 * n, -1);
  int first = blk[1];
  printf("%ld %ld %d\n", s1, s2, first);
  free(blk);
  return 0;
}
