/* INOUT_N(len) with lengths and starts from a table: some segments overlap,
 * some touch, some are apart. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void seg(DELAYED_INOUT_N(len) long *x, int len, long k) {
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < len; i++) x[i] = (x[i] * k + i + r) % 100019;
}

DELAYED long seg_sum(DELAYED_IN_N(len) const long *x, int len) {
  long s = 0;
  for (int i = 0; i < len; i++) s = (s * 3 + x[i]) % 1000000007;
  return s;
}

int main(void) {
  int n = 1000;
  long *a = malloc(sizeof(long) * (size_t)n);
  for (int i = 0; i < n; i++) a[i] = i % 37;
  static const int start[] = { 0, 100, 200, 150, 300, 299, 500, 500, 900, 0, 999, 400 };
  static const int len[] = { 100, 100, 100, 100, 1, 2, 0, 300, 100, 1, 1, 101 };
  int cnt = (int)(sizeof start / sizeof start[0]);
  long s[12];
  for (int i = 0; i < cnt; i++) seg(a + start[i], len[i], 2 + i);
  for (int i = 0; i < cnt; i++) s[i] = seg_sum(a + start[i], len[i]);
  int l = (int)(s[0] % 200) + 1;               /* a length from a result */
  seg(a + 700, l, 31);
  for (int i = 0; i < cnt; i++) printf("seg %d [%d,+%d): %ld\n", i, start[i], len[i], s[i]);
  printf("l=%d all=%ld\n", l, seg_sum(a, n));
  free(a);
  return 0;
}
