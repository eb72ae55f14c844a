/* Helpers (plain and delayed) returning fresh malloc'd memory, then filled by tasks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static long *make(int n) {
  long *p = malloc((size_t)n * sizeof *p);
  return p;
}

DELAYED long *make_filled(int n, int seed) {
  long *p = malloc((size_t)n * sizeof *p);
  for (int i = 0; i < n; i++) p[i] = (seed * 101 + i * 3) % 997;
  return p;
}

DELAYED void fill(DELAYED_OUT_N(n) long *x, int n, int seed) {
  for (int i = 0; i < n; i++) x[i] = (seed * 7 + i * i) % 991;
}

DELAYED void add_into(DELAYED_INOUT_N(n) long *x, DELAYED_IN_N(n) const long *y, int n) {
  for (int rep = 0; rep < 10; rep++)
    for (int i = 0; i < n; i++) x[i] = (x[i] * 2 + y[i]) % 100019;
}

DELAYED long sum(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += x[i] * (i % 3 + 1);
  return s;
}

int main(void) {
  int n = 1500;
  long *a = make(n);
  fill(a, n, 1);
  long *b = make_filled(n, 2);
  long *c = make(n);
  fill(c, n, 3);
  add_into(a, b, n);
  add_into(c, a, n);
  long *d[4];
  for (int i = 0; i < 4; i++) d[i] = make_filled(n / 4, 10 + i);
  for (int i = 0; i < 4; i++) add_into(c + i * (n / 4), d[i], n / 4);
  printf("a=%ld b=%ld c=%ld\n", sum(a, n), sum(b, n), sum(c, n));
  for (int i = 0; i < 4; i++) {
    printf("d[%d]=%ld\n", i, sum(d[i], n / 4));
    free(d[i]);
  }
  free(a);
  free(b);
  free(c);
  return 0;
}
