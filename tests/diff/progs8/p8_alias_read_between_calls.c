/* Ordinary code reads the data through other pointers between tasks, before the
 * tasks' own results are asked for. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void scale(DELAYED_INOUT_N(n) long *x, int n, long k) {
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < n; i++) x[i] = (x[i] * k + i) % 30011;
}

DELAYED long total(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += x[i];
  return s;
}

int main(void) {
  int n = 1200;
  long *a = malloc((size_t)n * sizeof *a);
  for (int i = 0; i < n; i++) a[i] = i;
  long **pp = &a;
  scale(a, n, 3);
  long *q = a + 5;
  printf("q=%ld\n", *q);                 /* through another pointer */
  long t1 = total(a, n);
  scale(a + n / 2, n / 2, 5);
  printf("pp=%ld %ld\n", (*pp)[3], (*pp)[n - 1]);   /* through a pointer to the pointer */
  long snap[4];
  long *r = a + n / 2 - 2;
  for (int i = 0; i < 4; i++) snap[i] = r[i];    /* straddles the view */
  scale(a, n / 2, 7);
  long t2 = total(a, n);
  const long *ro = a;
  long mid = ro[n / 2];
  scale(a + n / 2, n / 2, 9);
  printf("t1=%ld t2=%ld mid=%ld snap=%ld %ld %ld %ld\n", t1, t2, mid, snap[0], snap[1],
         snap[2], snap[3]);
  printf("end=%ld\n", ro[n - 1]);
  free(a);
  return 0;
}
