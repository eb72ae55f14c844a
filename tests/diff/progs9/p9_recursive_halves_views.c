/* Divide and conquer on views a and a + h: a delayed recursive sum, and a
 * recursive sort whose merge is ordinary code reading both halves. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED long rsum(DELAYED_IN_N(n) const int *a, int n) {
  if (n <= 16) {
    long s = 0;
    for (int i = 0; i < n; i++) s += (long)a[i] * a[i] % 101;
    return s;
  }
  int h = n / 2;
  long x = rsum(a, h);
  long y = rsum(a + h, n - h);
  return x + y;
}

static void merge(int *a, int h, int n, int *tmp) {
  int i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < h) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  memcpy(a, tmp, sizeof *a * (size_t)n);
}

DELAYED void rsort(DELAYED_INOUT_N(n) int *a, int n, DELAYED_OUT_N(n) int *tmp) {
  if (n <= 8) {
    for (int i = 1; i < n; i++)
      for (int j = i; j > 0 && a[j - 1] > a[j]; j--) {
        int t = a[j]; a[j] = a[j - 1]; a[j - 1] = t;
      }
    return;
  }
  int h = n / 2;
  rsort(a, h, tmp);
  rsort(a + h, n - h, tmp + h);
  merge(a, h, n, tmp);
}

int main(void) {
  int n = 300;
  int *a = malloc(sizeof *a * (size_t)n);
  int *tmp = malloc(sizeof *tmp * (size_t)n);
  if (!a || !tmp) return 1;
  unsigned v = 7;
  for (int i = 0; i < n; i++) { v = v * 1103515245u + 12345u; a[i] = (int)((v >> 8) % 1000); }
  long s0 = rsum(a, n);
  rsort(a, n / 2, tmp);
  rsort(a + n / 2, n - n / 2, tmp + n / 2);
  int lo = a[0], mid = a[n / 2];
  merge(a, n / 2, n, tmp);
  long s1 = rsum(a, n);
  long s2 = rsum(a + 10, 100);
  int ok = 1;
  for (int i = 1; i < n; i++) ok &= a[i - 1] <= a[i];
  printf("s0=%ld s1=%ld s2=%ld lo=%d mid=%d ok=%d min=%d max=%d\n", s0, s1, s2, lo, mid, ok, a[0], a[n - 1]);
  free(a);
  free(tmp);
  return 0;
}
