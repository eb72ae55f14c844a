/* memset by ordinary code on buffers that tasks read before and write after. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void accumulate(DELAYED_INOUT_N(n) unsigned *p, int n, unsigned k) {
  for (int i = 0; i < n; i++)
    for (unsigned r = 0; r < 30; r++) p[i] = p[i] * 3u + k + r;
}

DELAYED unsigned long digest(DELAYED_IN_N(n) const unsigned *p, int n) {
  unsigned long h = 5381;
  for (int i = 0; i < n; i++) h = h * 33 + p[i];
  return h;
}

int main(void) {
  int n = 64;
  unsigned *buf = malloc(sizeof *buf * (size_t)n);
  if (!buf) return 1;
  memset(buf, 0, sizeof *buf * (size_t)n);
  unsigned long h[6];
  for (int round = 0; round < 3; round++) {
    accumulate(buf, n / 2, (unsigned)round + 1);
    accumulate(buf + n / 2, n / 2, (unsigned)round + 7);
    h[2 * round] = digest(buf, n);
    memset(buf + n / 2, round, sizeof *buf * (size_t)(n / 4)); /* after digest */
    h[2 * round + 1] = digest(buf + n / 2, n / 2);
    memset(buf, 0, sizeof *buf * 4);                          /* first half only */
  }
  for (int i = 0; i < 6; i++) printf("h%d=%lu\n", i, h[i]);
  printf("buf[0]=%u buf[%d]=%u buf[%d]=%u\n", buf[0], n / 2, buf[n / 2], n - 1, buf[n - 1]);
  free(buf);
  return 0;
}
