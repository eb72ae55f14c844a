/* memcpy, memmove and memset in ordinary code between tasks on overlapping parts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *x, int n, int seed) {
  for (int i = 0; i < n; i++) x[i] = (seed * 97 + i * 13) % 1000;
}

DELAYED void smooth(DELAYED_INOUT_N(n) int *x, int n) {
  for (int r = 0; r < 30; r++)
    for (int i = 1; i < n; i++) x[i] = (x[i] + 3 * x[i - 1]) % 1000;
}

DELAYED long hash(DELAYED_IN_N(n) const int *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 31 + x[i]) % 1000000007;
  return s;
}

int main(void) {
  int n = 1000;
  int *a = malloc(sizeof(int) * (size_t)n), *b = malloc(sizeof(int) * (size_t)n);
  fill(a, n, 1);
  fill(b, n, 2);
  memcpy(b, a + 10, 50 * sizeof(int));        /* reads a after fill, writes b after fill */
  memset(a + 100, 0, 20 * sizeof(int));
  smooth(a, n / 2);
  smooth(b, 50);
  smooth(a + n / 2, n / 2);
  memmove(a + 5, a, 400 * sizeof(int));        /* inside the first smoothed half */
  long h1 = hash(a, n);
  smooth(b + 25, 100);
  memcpy(a + n - 30, b + 30, 30 * sizeof(int));
  long h2 = hash(a, n), h3 = hash(b, n);
  printf("h1=%ld h2=%ld h3=%ld a[5]=%d b[40]=%d\n", h1, h2, h3, a[5], b[40]);
  free(a);
  free(b);
  return 0;
}
