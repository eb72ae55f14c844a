/* Two halves of one array that share exactly one element (a[h]). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) long *x, int n, long seed) {
  for (int i = 0; i < n; i++) x[i] = (seed * 131 + (long)i * 17) % 2003;
}

DELAYED void smooth(DELAYED_INOUT_N(n) long *x, int n, int rounds) {
  for (int r = 0; r < rounds; r++)
    for (int i = 1; i < n; i++) x[i] = (x[i] * 5 + x[i - 1] + r) % 10007;
}

DELAYED void affine(DELAYED_INOUT_N(n) long *x, int n, long k) {
  for (int i = 0; i < n; i++) x[i] = (x[i] * k + i) % 65521;
}

DELAYED long total(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 7 + x[i]) % 1000003;
  return s;
}

int main(void) {
  int n = 1501, h = n / 2;
  long *a = malloc((size_t)n * sizeof *a);
  long *hi = a + h;                 /* hi[0] is a[h], the last element of the low view */
  fill(a, h + 1, 1);
  fill(hi, n - h, 2);               /* overwrites a[h] */
  smooth(a, h + 1, 30);             /* changes a[h] */
  smooth(hi, n - h, 30);            /* reads the new a[h] */
  affine(hi, n - h, 3);
  affine(a, h + 1, 5);              /* changes a[h] again, after hi's update */
  long s1 = total(a, h + 1), s2 = total(hi, n - h);
  printf("lo=%ld hi=%ld shared=%ld\n", s1, s2, a[h]);
  printf("all=%ld\n", total(a, n));
  free(a);
  return 0;
}
