/* counts[vals[i]]++ in ordinary code on values tasks produced; tasks then
 * read the counts; memset resets them while a task may still read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void sample(DELAYED_OUT_N(n) int *v, int n, unsigned seed, int bins) {
  for (int i = 0; i < n; i++) {
    for (int k = 0; k < 20; k++) seed = seed * 1664525u + 1013904223u;
    v[i] = (int)((seed >> 20) % (unsigned)bins);
  }
}

DELAYED double entropy_like(DELAYED_IN_N(bins) const int *c, int bins, int total) {
  double e = 0;
  for (int b = 0; b < bins; b++) {
    double p = (double)c[b] / total;
    e += p * (1.0 - p);
  }
  return e;
}

int main(void) {
  int n = 400, bins = 10;
  int *vals = malloc(sizeof *vals * (size_t)n);
  int *counts = malloc(sizeof *counts * (size_t)bins * 2);
  if (!vals || !counts) return 1;
  sample(vals, n / 2, 1u, bins);
  sample(vals + n / 2, n / 2, 2u, bins);
  memset(counts, 0, sizeof *counts * (size_t)bins * 2);
  for (int i = 0; i < n / 2; i++) counts[vals[i]]++;
  for (int i = n / 2; i < n; i++) counts[bins + vals[i]]++;
  double e1 = entropy_like(counts, bins, n / 2);
  double e2 = entropy_like(counts + bins, bins, n / 2);
  memset(counts, 0, sizeof *counts * (size_t)bins);     /* after e1 read */
  sample(vals, n / 2, 3u, bins);
  for (int i = 0; i < n / 2; i++) counts[vals[i]] += 2;
  double e3 = entropy_like(counts, bins, n);
  int top = 0;
  for (int b = 1; b < bins; b++)
    if (counts[bins + b] > counts[bins + top]) top = b;
  printf("e1=%.6f e2=%.6f e3=%.6f top=%d c0=%d\n", e1, e2, e3, top, counts[0]);
  free(vals);
  free(counts);
  return 0;
}
