/* Views computed backwards from the end of the array (end - k), one of them
 * overlapping the previous by one element. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void rev_fill(DELAYED_OUT_N(k) long *x, int k, long seed) {
  for (int i = 0; i < k; i++) x[i] = (seed * 1009 + (long)(k - i) * 31) % 7919;
}

DELAYED void churn(DELAYED_INOUT_N(k) long *x, int k, long m) {
  for (int r = 0; r < 25; r++)
    for (int i = k - 2; i >= 0; i--) x[i] = (x[i] * m + x[i + 1]) % 7919;
}

DELAYED long hash(DELAYED_IN_N(k) const long *x, int k) {
  long s = 0;
  for (int i = 0; i < k; i++) s = (s * 131 + x[i]) % 1000000007;
  return s;
}

int main(void) {
  int n = 1000, k = 250;
  long *a = malloc(sizeof(long) * (size_t)n);
  long *end = a + n;
  rev_fill(end - k, k, 1);
  rev_fill(end - 2 * k, k, 2);
  rev_fill(end - 3 * k, k, 3);
  rev_fill(a, n - 3 * k, 4);
  churn(end - k, k, 3);
  churn(end - 2 * k + 1, k, 5);      /* overlaps the last view by one element */
  churn(end - 3 * k, k - 1, 7);      /* disjoint from the view before */
  long h1 = hash(end - k, k), h2 = hash(end - 2 * k, k), h3 = hash(a, n);
  long *p = end;
  for (int i = 0; i < 4; i++) {
    p -= k - 10 * i;
    churn(p, k / 2, 11 + i);
  }
  printf("h1=%ld h2=%ld h3=%ld h4=%ld\n", h1, h2, h3, hash(a, n));
  printf("a[750]=%ld a[749]=%ld a[0]=%ld\n", a[750], a[749], a[0]);
  free(a);
  return 0;
}
