/* Strided halves: even and odd elements of one array (rows of 1 element, 2 apart). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void stride_update(DELAYED_INOUT_2D(cnt, 1, stride) long *x, int cnt, int stride, long k) {
  for (int rep = 0; rep < 25; rep++)
    for (int i = 0; i < cnt; i++) x[i * stride] = (x[i * stride] * k + i) % 65537;
}

DELAYED long stride_hash(DELAYED_IN_2D(cnt, 1, stride) const long *x, int cnt, int stride) {
  long s = 0;
  for (int i = 0; i < cnt; i++) s = (s * 17 + x[i * stride]) % 1000000007;
  return s;
}

DELAYED void prefix(DELAYED_INOUT_N(n) long *x, int n) {
  for (int i = 1; i < n; i++) x[i] = (x[i] + x[i - 1]) % 65537;
}

int main(void) {
  int n = 2000;
  long *a = malloc((size_t)n * sizeof *a);
  for (int i = 0; i < n; i++) a[i] = i % 23;
  stride_update(a, n / 2, 2, 3);        /* even elements */
  stride_update(a + 1, n / 2, 2, 5);    /* odd elements: disjoint */
  long e = stride_hash(a, n / 2, 2), o = stride_hash(a + 1, n / 2, 2);
  prefix(a, n);                          /* all of them */
  stride_update(a, n / 4, 4, 7);         /* every 4th, from 0 */
  stride_update(a + 2, n / 4, 4, 11);    /* every 4th, from 2 */
  stride_update(a, n / 2, 2, 13);        /* even: overlaps both above */
  stride_update(a + 3, n / 3 - 1, 3, 17);/* every 3rd from 3: meets evens and odds */
  long e2 = stride_hash(a, n / 2, 2), o2 = stride_hash(a + 1, n / 2, 2);
  printf("even=%ld odd=%ld even2=%ld odd2=%ld\n", e, o, e2, o2);
  printf("a[0..5]=%ld %ld %ld %ld %ld %ld\n", a[0], a[1], a[2], a[3], a[4], a[5]);
  free(a);
  return 0;
}
