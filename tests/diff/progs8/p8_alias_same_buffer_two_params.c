/* The same buffer passed as two different parameters: f(a + 1, a, n), f(a, a, n). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void add_shift(DELAYED_OUT_N(n) long *dst, DELAYED_IN_N(n) const long *src, int n, long k) {
  for (int i = 0; i < n; i++) dst[i] = (src[i] + k * i) % 100003;
}

DELAYED void mix(DELAYED_INOUT_N(n) long *x, DELAYED_IN_N(n) const long *y, int n) {
  for (int i = 0; i < n; i++) x[i] = (x[i] * 3 + y[i]) % 100003;
}

DELAYED long sum(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += x[i] * (i + 1);
  return s;
}

int main(void) {
  int n = 1000;
  long *a = malloc((size_t)n * sizeof *a);
  long *b = malloc((size_t)n * sizeof *b);
  for (int i = 0; i < n; i++) { a[i] = i % 13; b[i] = i % 7; }
  add_shift(a + 1, a, n - 1, 2);      /* dst overlaps src, shifted by one: a cascade */
  long s1 = sum(a, n);
  mix(a, a, n);                       /* x and y the same memory */
  long s2 = sum(a, n);
  int h = n / 2;
  add_shift(a + h, a, h, 5);          /* upper half from lower half: disjoint */
  add_shift(b, a + h, h, 1);          /* reads what the previous call wrote */
  mix(b + h, b, h);                   /* disjoint halves of b */
  long *q = (s1 % 2) ? a : b;         /* aliasing decided at run time */
  mix(q, a, n);
  mix(b, q, n);
  printf("s1=%ld s2=%ld a=%ld b=%ld\n", s1, s2, sum(a, n), sum(b, n));
  free(a);
  free(b);
  return 0;
}
