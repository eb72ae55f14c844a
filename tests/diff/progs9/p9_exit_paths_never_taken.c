/* Delayed functions with exit() error paths (different statuses) that are
 * never taken on this input. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void load(DELAYED_OUT_N(n) int *p, int n, int seed) {
  if (n <= 0) {
    fprintf(stderr, "load: bad size %d\n", n);
    exit(2);
  }
  for (int i = 0; i < n; i++) {
    int v = seed + i;
    for (int k = 0; k < 100; k++) v = (v * 3 + k) % 1001;
    p[i] = v;
  }
}

DELAYED long reduce(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) {
    if (p[i] < 0) {
      fprintf(stderr, "reduce: negative value at %d\n", i);
      exit(3);
    }
    s += p[i];
  }
  return s;
}

DELAYED void normalize(DELAYED_INOUT_N(n) int *p, int n, long total) {
  if (total == 0) exit(4);
  for (int i = 0; i < n; i++) p[i] = (int)((long)p[i] * 1000 / total);
}

int main(void) {
  int n = 50;
  int *a = malloc(sizeof *a * (size_t)n * 3);
  if (!a) return 1;
  long t[3];
  for (int b = 0; b < 3; b++) {
    load(a + b * n, n, b);
    t[b] = reduce(a + b * n, n);
    a[b * n] += 1;
    normalize(a + b * n, n, t[b]);
  }
  long u = reduce(a, 3 * n);
  for (int b = 0; b < 3; b++) printf("t[%d]=%ld a=%d\n", b, t[b], a[b * n + 1]);
  printf("u=%ld\n", u);
  free(a);
  return 0;
}
