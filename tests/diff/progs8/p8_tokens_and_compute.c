/* delayed_after / delayed_bind / delayed_compute with void tasks on views. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) long *x, int n, long seed) {
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < n; i++) x[i] = (seed * 5 + (long)i * 11 + r) % 2003;
}

DELAYED void combine(DELAYED_INOUT_N(n) long *x, int n) {
  int h = n / 2;
  for (int i = 0; i < h; i++) {
    long lo = x[i], hi = x[i + h];
    x[i] = (lo + hi) % 2003;
    x[i + h] = (lo * 3 + hi) % 2003;
  }
}

DELAYED void log_sum(DELAYED_IN_N(n) const long *x, int n, const char *tag) {
  long s = 0;
  for (int i = 0; i < n; i++) s += x[i];
  printf("%s: %ld\n", tag, s);
}

int main(void) {
  int n = 1000, h = n / 2;
  long *a = malloc(sizeof(long) * (size_t)n);
  delayed_token t1 = delayed_after(fill(a, h, 1));
  delayed_token t2 = delayed_after(fill(a + h, h, 2));
  delayed_bind(combine, t1, t2)(a, n);
  log_sum(a, h, "low");
  delayed(fill)(a + h, h, 3);
  delayed_compute(a);
  printf("a[0]=%ld a[h]=%ld\n", a[0], a[h]);
  delayed_token t3 = delayed_after(combine(a, n));
  delayed_bind(log_sum, t3)(a + h, h, "high");
  delayed_compute(a[0]);
  printf("after: %ld %ld\n", a[0], a[n - 1]);
  free(a);
  return 0;
}
