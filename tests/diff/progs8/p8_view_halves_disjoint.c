/* Two disjoint halves of one malloc'd array, reached through views a and hi. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) long *x, int n, long seed) {
  for (int i = 0; i < n; i++) x[i] = (seed * 31 + (long)i * 7) % 1009;
}

DELAYED void smooth(DELAYED_INOUT_N(n) long *x, int n, int rounds) {
  for (int r = 0; r < rounds; r++)
    for (int i = 1; i < n; i++) x[i] = (x[i] + x[i - 1] * 3) % 10007;
}

DELAYED long total(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += x[i] * (i % 5 + 1);
  return s;
}

int main(void) {
  int n = 2000, h = n / 2;
  long *a = malloc((size_t)n * sizeof *a);
  long *hi = a + h;
  fill(a, h, 1);
  fill(hi, n - h, 2);
  smooth(a, h, 40);
  smooth(hi, n - h, 40);
  long s1 = total(a, h);
  long s2 = total(hi, n - h);
  long s3 = total(a, n);
  printf("lo=%ld hi=%ld all=%ld\n", s1, s2, s3);
  printf("a[0]=%ld a[h-1]=%ld a[h]=%ld a[n-1]=%ld\n", a[0], a[h - 1], a[h], a[n - 1]);
  free(a);
  return 0;
}
