/* Pointer offsets and counts that are themselves results of pending tasks:
   bump(p + k, c) where k and c come from DELAYED calls, so the task's region
   can only be known once those results are in. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int argmax(DELAYED_IN_N(n) const int *p, int n) {
  int m = 0;
  for (int i = 1; i < n; i++) if (p[i] > p[m]) m = i;
  return m;
}

DELAYED int count_below(DELAYED_IN_N(n) const int *p, int n, int lim) {
  int c = 0;
  for (int i = 0; i < n; i++) c += p[i] < lim;
  return c;
}

DELAYED void bump(DELAYED_INOUT_N(c) int *p, int c, int v) {
  for (int i = 0; i < c; i++) p[i] = (p[i] * 3 + v) % 1009;
}

static int *make(int n) {
  int *p = malloc(sizeof(int) * (size_t)n);
  for (int i = 0; i < n; i++) p[i] = (i * 37 + 11) % 101;
  return p;
}

int main(void) {
  int n = 80;
  int *p = make(n);
  for (int round = 0; round < 5; round++) {
    int k = argmax(p, n - 10);
    int c = count_below(p + 20, 30, 50);
    bump(p + k, 10, round);
    bump(p + 5, c, round + 1);
    int k2 = argmax(p + 40, 40);
    bump(p + 40 + k2 / 2, 40 - k2 / 2, 7);
  }
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 31 + p[i]) % 1000000007;
  printf("%ld\n", h);
  free(p);
  return 0;
}
