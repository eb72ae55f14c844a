/* memcpy in ordinary code from blocks tasks write, into blocks tasks read,
 * overlapping and not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *p, int n, int seed) {
  for (int i = 0; i < n; i++) {
    int v = seed + i;
    for (int k = 0; k < 100; k++) v = (v * 17 + k) % 9973;
    p[i] = v;
  }
}

DELAYED long wsum(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += (long)p[i] * (i + 1);
  return s;
}

DELAYED void negate(DELAYED_INOUT_N(n) int *p, int n) {
  for (int i = 0; i < n; i++) p[i] = -p[i] + i;
}

int main(void) {
  int n = 40;
  int *src = malloc(sizeof *src * (size_t)n);
  int *dst = malloc(sizeof *dst * (size_t)n * 2);
  if (!src || !dst) return 1;
  fill(src, n, 1);
  fill(dst + n, n, 2);                           /* second half of dst */
  memcpy(dst, src, sizeof *src * (size_t)n);     /* after fill(src) */
  long a = wsum(dst, 2 * n);
  fill(src, n, 3);                               /* after memcpy read src */
  negate(dst, n);
  memcpy(dst + n, src, sizeof *src * (size_t)(n / 2)); /* overlaps wsum read */
  long b = wsum(dst + n, n);
  memcpy(src, dst, sizeof *src * 10);            /* after negate wrote dst */
  long c = wsum(src, n);
  negate(dst + n, n);
  int tmp[8];
  memcpy(tmp, dst + n + 4, sizeof tmp);
  long d = 0;
  for (int i = 0; i < 8; i++) d += tmp[i];
  printf("a=%ld b=%ld c=%ld d=%ld\n", a, b, c, d);
  free(src);
  free(dst);
  return 0;
}
