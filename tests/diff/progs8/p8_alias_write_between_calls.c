/* Ordinary code writes the data through other pointers (aliases) between tasks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { long *p; int n; } Handle;

DELAYED void fill(DELAYED_OUT_N(n) long *x, int n, long seed) {
  for (int i = 0; i < n; i++) x[i] = (seed + (long)i * 13) % 1013;
}

DELAYED void smooth(DELAYED_INOUT_N(n) long *x, int n) {
  for (int r = 0; r < 20; r++)
    for (int i = 1; i < n; i++) x[i] = (x[i] * 3 + x[i - 1]) % 100003;
}

DELAYED long total(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 7 + x[i]) % 1000000007;
  return s;
}

int main(void) {
  int n = 1000;
  long *a = malloc((size_t)n * sizeof *a);
  long *alias = a + 10;
  Handle hd = { a, n };
  fill(a, n, 5);
  alias[0] = -5;                 /* after fill wrote a[10] */
  smooth(a, n);
  long *other = a;
  other[n - 1] += 100;           /* after smooth */
  long t1 = total(a, n);
  hd.p[2] = 7;                   /* through a struct member, while total may read */
  smooth(hd.p + n / 2, n / 2);
  alias[n / 2] *= 2;             /* a[510]: inside the view just smoothed */
  long t2 = total(a, n / 2);
  alias[-10] = t2 % 1000;        /* a[0] */
  smooth(a, n);
  long t3 = total(a, n);
  printf("t1=%ld t2=%ld t3=%ld a[0]=%ld a[2]=%ld a[10]=%ld\n", t1, t2, t3, a[0], a[2], a[10]);
  free(a);
  return 0;
}
