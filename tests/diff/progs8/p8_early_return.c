/* Functions that return early (on a result, or on the data) while tasks they
 * launched on the caller's memory are pending. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) long *x, int n, long seed) {
  for (int i = 0; i < n; i++) x[i] = (seed * 3 + (long)i * 7) % 101;
}

DELAYED void scale(DELAYED_INOUT_N(n) long *x, int n, long k) {
  for (int r = 0; r < 30; r++)
    for (int i = 0; i < n; i++) x[i] = (x[i] * k + 1) % 10007;
}

DELAYED long total(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += x[i];
  return s;
}

static long process(long *a, int n, long limit) {
  fill(a, n, limit);
  long s = total(a, n);
  scale(a, n / 2, 3);
  if (s > limit) return s;              /* the scale task must be done by now */
  scale(a + n / 2, n - n / 2, 5);
  if (n < 100) return -1;
  return total(a, n);
}

static int find_first(long *a, int n, long key) {
  for (int i = 0; i < 4; i++) {
    scale(a + i * (n / 4), n / 4, key + i);
    if (a[i * (n / 4)] % 7 == 0) return i;   /* reads what the task wrote */
  }
  return -1;
}

int main(void) {
  int n = 400;
  long *a = malloc((size_t)n * sizeof *a);
  long r[6];
  long limits[6] = { 1, 100000, 50, 20000, 19000, 3 };
  for (int i = 0; i < 6; i++) {
    r[i] = process(a, i == 4 ? 60 : n, limits[i]);
    printf("r[%d]=%ld a[0]=%ld a[%d]=%ld\n", i, r[i], a[0], n - 1, a[n - 1]);
  }
  for (long key = 2; key < 6; key++) printf("find %ld -> %d (a[0]=%ld)\n", key, find_first(a, n, key), a[0]);
  free(a);
  return 0;
}
