/* for (p = buf; p < end; p += k): ordinary code writes *p and reads p[-1]
 * around a task on [p, p + k) in the same loop body. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void grow(DELAYED_INOUT_N(k) int *p, int k) {
  for (int r = 0; r < 200; r++)
    for (int i = 1; i < k; i++) p[i] = (p[i] + p[i - 1] + r) % 1000;
}

DELAYED long total(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

DELAYED void extend(int start, DELAYED_OUT_N(n) int *out, int n) {   /* continues from start */
  int prev = start;
  for (int i = 0; i < n; i++) {
    int v = prev;
    for (int r = 0; r < 3000; r++) v = (v * 7 + r) % 10007;
    out[i] = prev + v % 50 + 1;
    prev = out[i];
  }
}

int main(void) {
  int k = 12, blocks = 8, n = k * blocks;
  int *buf = calloc((size_t)n, sizeof *buf);
  if (!buf) return 1;
  int *end = buf + n;
  int seed = 1;
  for (int *p = buf; p < end; p += k) {
    *p = seed;                       /* first element of this block */
    grow(p, k);
    if (p > buf) seed = p[-1] % 97 + 1;   /* last element of the previous block */
    else seed = 5;
  }
  long t1 = total(buf, n);
  int *q = end;
  while (q > buf) {
    q -= k;
    q[k - 1] = -q[k - 1];            /* after the total read it */
    grow(q, k / 2);
  }
  long t2 = total(buf, n);
  printf("seed=%d t1=%ld t2=%ld b0=%d b%d=%d\n", seed, t1, t2, buf[0], n - 1, buf[n - 1]);
  /* an index cursor: each block continues from the last element of the
   * previous one, and the loop stops once that element passes a limit */
  int *run = malloc(sizeof *run * 256);
  if (!run) return 1;
  run[0] = 1;
  int at = 0;
  for (; run[at] < 1000 && at + k < 256; at += k) extend(run[at], run + at + 1, k);
  printf("at=%d run[at]=%d\n", at, run[at]);
  free(run);
  free(buf);
  return 0;
}
