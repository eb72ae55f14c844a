/* A view moved along an array with p += k: overlapping windows, then disjoint ones. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void bump(DELAYED_INOUT_N(w) long *x, int w, long c) {
  for (int rep = 0; rep < 20; rep++)
    for (int i = 0; i < w; i++) x[i] = (x[i] * 3 + c + i) % 1000003;
}

DELAYED long checksum(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 31 + x[i]) % 998244353;
  return s;
}

int main(void) {
  int n = 1200;
  long *a = calloc((size_t)n, sizeof *a);
  long *p = a;
  int w = 100, k = 60;               /* windows overlap by 40 */
  for (int step = 0; p + w <= a + n; step++) {
    bump(p, w, step + 1);
    p += k;
  }
  long c1 = checksum(a, n);
  p = a;
  for (int step = 0; step < n / w; step++) {  /* disjoint windows */
    bump(p, w, 7 * step + 2);
    p += w;
  }
  long c2 = checksum(a, n);
  p -= w + w / 2;                     /* back, straddling two windows */
  bump(p, w, 99);
  printf("c1=%ld c2=%ld c3=%ld\n", c1, c2, checksum(a, n));
  printf("a[0]=%ld a[59]=%ld a[60]=%ld a[1150]=%ld\n", a[0], a[59], a[60], a[1150]);
  free(a);
  return 0;
}
