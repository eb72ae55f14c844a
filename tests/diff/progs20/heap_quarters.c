/* heap sort of four disjoint quarters of one malloc'd array, then a tree of merges */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define SWAP(a, b) do { int t_ = (a); (a) = (b); (b) = t_; } while (0)
#define NPART 4
#define N (1 << 20)

static unsigned lcg(unsigned *s) { *s = *s * 1103515245u + 12345u; return (*s >> 8) & 0xffffff; }

DELAYED void heap_sort(DELAYED_INOUT_N(n) int *a, int n) {
  /* build the heap */
  for (int start = n / 2 - 1; start >= 0; start--) {
    int root = start;
    while (2 * root + 1 < n) {
      int child = 2 * root + 1;
      if (child + 1 < n && a[child] < a[child + 1]) child++;
      if (a[root] < a[child]) { SWAP(a[root], a[child]); root = child; }
      else break;
    }
  }
  /* pop the maximum to the end */
  for (int end = n - 1; end > 0; end--) {
    SWAP(a[0], a[end]);
    int root = 0;
    while (2 * root + 1 < end) {
      int child = 2 * root + 1;
      if (child + 1 < end && a[child] < a[child + 1]) child++;
      if (a[root] < a[child]) { SWAP(a[root], a[child]); root = child; }
      else break;
    }
  }
}

DELAYED void merge2(DELAYED_IN_N(n1) const int *x, int n1, DELAYED_IN_N(n2) const int *y, int n2,
                    DELAYED_OUT_N(n1 + n2) int *out) {
  int i = 0, j = 0, k = 0;
  while (i < n1 && j < n2) out[k++] = (x[i] <= y[j]) ? x[i++] : y[j++];
  while (i < n1) out[k++] = x[i++];
  while (j < n2) out[k++] = y[j++];
}

int main(void) {
  int *a = malloc(sizeof(int) * N);
  int *tmp = malloc(sizeof(int) * N);
  if (!a || !tmp) return 1;
  unsigned s = 42;
  for (int i = 0; i < N; i++) a[i] = (int)lcg(&s);
  const int q = N / NPART;

  heap_sort(a, q);
  heap_sort(a + q, q);
  heap_sort(a + 2 * q, q);
  heap_sort(a + 3 * q, q);

  merge2(a, q, a + q, q, tmp);
  merge2(a + 2 * q, q, a + 3 * q, q, tmp + 2 * q);
  merge2(tmp, 2 * q, tmp + 2 * q, 2 * q, a);

  delayed_compute(a);
  int sorted = 1;
  unsigned long long sum = 0;
  for (int i = 0; i < N; i++) {
    if (i > 0 && a[i - 1] > a[i]) sorted = 0;
    sum = sum * 31 + (unsigned)a[i];
  }
  printf("sorted=%d first=%d last=%d\n", sorted, a[0], a[N - 1]);
  printf("checksum=%llu\n", sum);
  free(a);
  free(tmp);
  return 0;
}
