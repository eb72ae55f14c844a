/* b15_lower_bound.c — a wrong extent delayc catches when the program runs, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NBLK 4
#define BS 64

static int cmp_int(const void *x, const void *y) {
  int a = *(const int *)x, b = *(const int *)y;
  return (a > b) - (a < b);
}

/* BUG: when key is above every element, returns a[n] (one past the run) */
static int lower_bound_value(const int *a, int n, int key) {
  int lo = 0, hi = n;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (a[mid] < key) lo = mid + 1; else hi = mid;
  }
  return a[lo];
}

DELAYED void sort_run(DELAYED_INOUT_N(n) int *run, int n) {
  qsort(run, (size_t)n, sizeof *run, cmp_int);
}

/* successor of key in a sorted run */
DELAYED int successor(DELAYED_IN_N(n) const int *run, int n, int key) {
  usleep(3000);
  return lower_bound_value(run, n, key);
}

int main(void) {
  int *v = malloc(sizeof(int) * (NBLK * BS + 1));
  if (!v) return 1;
  unsigned s = 2024u;
  for (int i = 0; i <= NBLK * BS; i++) {
    s = s * 69069u + 1u;
    v[i] = (int)((s >> 8) % 500);
  }
  sort_run(v, BS);
  int succ[NBLK];
  for (int b = 0; b < NBLK; b++) {
    succ[b] = successor(v + b * BS, BS, 1000);   /* above everything: reads past the run */
    if (b + 1 < NBLK) sort_run(v + (b + 1) * BS, BS);
  }
  for (int b = 0; b < NBLK; b++) printf("run %d successor %d min %d\n", b, succ[b], v[b * BS]);
  free(v);
  return 0;
}
