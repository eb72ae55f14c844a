/* A buffer grown and shrunk with realloc between delayed calls. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) long *x, int n, long seed) {
  for (int i = 0; i < n; i++) x[i] = (seed * 977 + (long)i * i) % 4093;
}

DELAYED void step(DELAYED_INOUT_N(n) long *x, int n) {
  for (int r = 0; r < 10; r++)
    for (int i = 1; i < n; i++) x[i] = (x[i] + 2 * x[i - 1]) % 4093;
}

DELAYED long sum(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += x[i];
  return s;
}

int main(void) {
  int n = 500;
  long *a = malloc((size_t)n * sizeof *a);
  fill(a, n, 1);
  step(a, n);
  long s0 = sum(a, n);
  a = realloc(a, (size_t)(3 * n) * sizeof *a);   /* the tasks above must be done */
  fill(a + n, 2 * n, 2);
  step(a, 3 * n);
  long s1 = sum(a, 3 * n);
  long *mid = a + n;
  step(mid, n);
  a = realloc(a, (size_t)n * sizeof *a);         /* shrink: keeps the first n */
  step(a, n);
  long s2 = sum(a, n);
  a = realloc(a, (size_t)(4 * n) * sizeof *a);
  fill(a + n, 3 * n, 3);
  long *hi = a + 2 * n;
  step(hi, 2 * n);
  step(a, 2 * n + 1);                            /* overlaps hi by one element */
  long s3 = sum(a, 4 * n);
  printf("s0=%ld s1=%ld s2=%ld s3=%ld last=%ld\n", s0, s1, s2, s3, a[4 * n - 1]);
  free(a);
  return 0;
}
