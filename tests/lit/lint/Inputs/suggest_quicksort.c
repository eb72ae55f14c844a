/* Two textbook quicksorts (blind round 45a): the inclusive form
 * quicksort(a, lo, hi), called as quicksort(a, 0, n - 1), whose small ranges
 * go to a helper that touches a[hi]; and the pointer-and-count form of a
 * Hoare partition, quicksort(a, j + 1) and quicksort(a + i, n - i), whose
 * parts meet where the data say. */
#include <stdio.h>
#include <stdlib.h>

static void insertion(int *a, int lo, int hi) {
  int i, j, v;
  for (i = lo + 1; i <= hi; i++) {
    v = a[i];
    for (j = i - 1; j >= lo && a[j] > v; j--) a[j + 1] = a[j];
    a[j + 1] = v;
  }
}

void quicksort(int *a, int lo, int hi) {
  int i = lo, j = hi, p, t;
  if (hi - lo < 16) { insertion(a, lo, hi); return; }
  p = a[lo + (hi - lo) / 2];
  while (i <= j) {
    while (a[i] < p) i++;
    while (a[j] > p) j--;
    if (i <= j) { t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
  }
  if (lo < j) quicksort(a, lo, j);
  if (i < hi) quicksort(a, i, hi);
}

void qsort_n(int *a, int n) {
  int i = 0, j = n - 1, p, t;
  if (n < 17) { insertion(a, 0, n - 1); return; }
  p = a[n / 2];
  while (i <= j) {
    while (a[i] < p) i++;
    while (a[j] > p) j--;
    if (i <= j) { t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
  }
  if (0 < j) qsort_n(a, j + 1);
  if (i < n - 1) qsort_n(a + i, n - i);
}

int main(void) {
  int n = 600000, i;
  unsigned s = 1;
  unsigned long h = 0, g = 0;
  int *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
  for (i = 0; i < n; i++) { s = s * 1103515245u + 12345u; a[i] = (int)(s >> 8); b[i] = a[i] ^ 0x5555; }
  quicksort(a, 0, n - 1);
  qsort_n(b, n);
  for (i = 0; i < n; i += 1000) { h = h * 31 + a[i]; g = g * 31 + b[i]; }
  printf("%lu %lu %d %d\n", h, g, a[0], b[n - 1]);
  free(a);
  free(b);
  return 0;
}
