/* Results of tasks stored into heap elements, qsort by ordinary code,
 * then tasks on halves of the sorted array. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int score(int id) {
  int v = id;
  for (int k = 0; k < 5000; k++) v = (v * 37 + k) % 10007;
  return v;
}

DELAYED long median_sum(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += (long)p[i] * (i % 5);
  return s + p[n / 2];
}

DELAYED void rescore(DELAYED_INOUT_N(n) int *p, int n) {
  for (int i = 0; i < n; i++) p[i] = (p[i] * 13 + 7) % 1000;
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

int main(void) {
  int n = 48;
  int *s = malloc(sizeof *s * (size_t)n);
  if (!s) return 1;
  for (int i = 0; i < n; i++) s[i] = score(i);
  qsort(s, (size_t)n, sizeof *s, cmp_int);
  long lo = median_sum(s, n / 2);
  long hi = median_sum(s + n / 2, n / 2);
  rescore(s, n / 2);
  qsort(s + n / 2, (size_t)n / 2, sizeof *s, cmp_int);  /* disjoint from rescore */
  rescore(s + n / 2, n / 2);
  qsort(s, (size_t)n, sizeof *s, cmp_int);              /* all of it */
  long all = median_sum(s, n);
  printf("lo=%ld hi=%ld all=%ld min=%d max=%d\n", lo, hi, all, s[0], s[n - 1]);
  free(s);
  return 0;
}
