/* Divide and conquer with views: a merge sort whose halves are tasks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static void merge(long *a, int h, int n, long *tmp) {
  int i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < h) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  for (k = 0; k < n; k++) a[k] = tmp[k];
}

DELAYED void msort(DELAYED_INOUT_N(n) long *a, DELAYED_INOUT_N(n) long *tmp, int n) {
  if (n < 48) {
    for (int i = 1; i < n; i++) {
      long v = a[i];
      int j = i - 1;
      while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
      a[j + 1] = v;
    }
    return;
  }
  int h = n / 2;
  long *hi = a + h;
  msort(a, tmp, h);
  msort(hi, tmp + h, n - h);
  merge(a, h, n, tmp);
}

DELAYED long hash(DELAYED_IN_N(n) const long *a, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 1000003 + a[i]) % 998244353;
  return s;
}

int main(void) {
  int n = 5000;
  long *a = malloc((size_t)n * sizeof *a);
  long *tmp = malloc((size_t)n * sizeof *tmp);
  unsigned long x = 12345;
  for (int i = 0; i < n; i++) { x = x * 6364136223846793005UL + 1442695040888963407UL; a[i] = (long)(x >> 40) % 100000; }
  int q = n / 4;
  msort(a, tmp, 2 * q);                  /* first half */
  msort(a + 2 * q, tmp + 2 * q, n - 2 * q);
  long h1 = hash(a, n);
  msort(a + q, tmp, 2 * q);              /* the middle, across both sorted halves */
  msort(a, tmp, n);                      /* whole array, scratch shared with the above */
  int ok = 1;
  for (int i = 1; i < n; i++) ok &= a[i - 1] <= a[i];
  printf("h1=%ld sorted=%d h2=%ld min=%ld max=%ld\n", h1, ok, hash(a, n), a[0], a[n - 1]);
  free(a);
  free(tmp);
  return 0;
}
