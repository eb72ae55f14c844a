/* Ping-pong buffers swapped with a temporary pointer between rounds; each round
 * works on the halves of the current buffer. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void advance(DELAYED_IN_N(n) const long *src, DELAYED_OUT_N(n) long *dst, int n, long k) {
  for (int i = 0; i < n; i++) {
    long v = src[i];
    for (int r = 0; r < 10; r++) v = (v * k + i + r) % 50021;
    dst[i] = v;
  }
}

DELAYED void cross(DELAYED_INOUT_N(n) long *x, DELAYED_IN_N(n) const long *y, int n) {
  for (int i = 0; i < n; i++) x[i] = (x[i] + y[n - 1 - i]) % 50021;
}

int main(void) {
  int n = 2000, h = n / 2;
  long *p = malloc(sizeof(long) * (size_t)n), *q = malloc(sizeof(long) * (size_t)n);
  for (int i = 0; i < n; i++) p[i] = i;
  for (int round = 0; round < 12; round++) {
    advance(p, q, h, round + 2);
    advance(p + h, q + h, n - h, round + 3);
    if (round % 3 == 2) cross(q, q + h, h);     /* low half reads the high half */
    long *tmp = p;
    p = q;
    q = tmp;
  }
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 7 + p[i]) % 1000000007;
  printf("s=%ld p0=%ld q0=%ld\n", s, p[0], q[0]);
  free(p);
  free(q);
  return 0;
}
