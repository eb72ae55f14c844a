/* ideal-4: 3.55 */
/* Divide and conquer: merge sort sorting halves a and a + h as tasks, then a merge
 * task; 16 leaves sorted by a leaf sort (15 ms each), 15 merges (10 ms each).
 *   work: 16*15 + 15*10 = 390 ms.  Schedule: leaves 0-60, merges by level 60-80,
 *   80-90, 90-100, 100-110 = 110 ms.  Lower bound: only the root merge runs in
 *   the last 10 ms (3 idle) and only the two merges below it in the 10 ms before
 *   (2 idle): (390 + 30 + 20) / 4 = 110.  ideal = 390 / 110 = 3.55 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"
#include "work.h"

#define LEAF 512
#define N (16 * LEAF)

static void insertion_sort(int *a, int n) {
  for (int i = 1; i < n; i++) {
    int v = a[i], j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

/* merge the sorted a[0..h) and a[h..n) */
DELAYED void merge(DELAYED_INOUT_N(n) int *a, int h, int n) {
  work_ms(10);
  int *tmp = malloc((size_t)n * sizeof *tmp);
  if (!tmp) exit(1);
  int i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < h) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  memcpy(a, tmp, (size_t)n * sizeof *tmp);
  free(tmp);
}

DELAYED void msort(DELAYED_INOUT_N(n) int *a, int n) {
  if (n <= LEAF) {
    work_ms(15);
    insertion_sort(a, n);
    return;
  }
  int h = n / 2;
  msort(a, h);
  msort(a + h, n - h);
  merge(a, h, n);
}

int main(void) {
  int *a = malloc(N * sizeof *a);
  if (!a) return 1;
  unsigned s = 12345;
  for (int i = 0; i < N; i++) {
    s = s * 1103515245u + 12345u;
    a[i] = (int)((s >> 8) % 100000);
  }
  msort(a, N);

  int sorted = 1;
  long check = 0;
  for (int i = 0; i < N; i++) {
    if (i > 0 && a[i - 1] > a[i]) sorted = 0;
    check = (check * 31 + a[i]) % 1000000007L;
  }
  printf("sorted = %d min = %d max = %d check = %ld\n", sorted, a[0], a[N - 1], check);
  free(a);
  return 0;
}
