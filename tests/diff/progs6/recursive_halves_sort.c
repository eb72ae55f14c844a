/* Recursive divide and conquer on halves: an ordinary recursive function
   spawns DELAYED sorts of the two halves (pointer + run-time length) and a
   DELAYED merge of them into a scratch block, then copies back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void isort(DELAYED_INOUT_N(n) int *a, int n) {
  for (int i = 1; i < n; i++) {
    int v = a[i], j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
}

DELAYED void merge(DELAYED_OUT_N(n) int *dst, DELAYED_IN_N(n) const int *src, int n) {
  int h = n / 2, i = 0, j = h, k = 0;
  while (i < h && j < n) dst[k++] = (src[i] <= src[j]) ? src[i++] : src[j++];
  while (i < h) dst[k++] = src[i++];
  while (j < n) dst[k++] = src[j++];
}

static void msort(int *a, int *tmp, int n) {
  if (n <= 16) { isort(a, n); return; }
  int h = n / 2;
  msort(a, tmp, h);
  msort(a + h, tmp + h, n - h);
  merge(tmp, a, n);
  memcpy(a, tmp, sizeof(int) * n);
}

int main(void) {
  int n = 300;
  int *a = malloc(sizeof(int) * n);
  int *tmp = malloc(sizeof(int) * n);
  unsigned x = 12345;
  for (int i = 0; i < n; i++) { x = x * 1103515245u + 12345u; a[i] = (int)((x >> 8) % 1000); }
  msort(a, tmp, n);
  int ok = 1;
  for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) ok = 0;
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 31 + a[i]) % 1000000007;
  printf("%d %d %d %ld\n", ok, a[0], a[n - 1], h);
  free(a);
  free(tmp);
  return 0;
}
