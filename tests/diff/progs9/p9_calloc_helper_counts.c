/* calloc'd blocks updated by ordinary helper functions (same file, not
 * delayed) between tasks on the same and other blocks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void tally(DELAYED_INOUT_N(n) int *cnt, int n, int seed) {
  unsigned v = (unsigned)seed;
  for (int k = 0; k < 2000; k++) {
    v = v * 1103515245u + 12345u;
    cnt[(v >> 16) % (unsigned)n]++;
  }
}

DELAYED int most(DELAYED_IN_N(n) const int *cnt, int n) {
  int best = 0;
  for (int i = 1; i < n; i++)
    if (cnt[i] > cnt[best]) best = i;
  return best;
}

static void halve_all(int *c, int n) {
  for (int i = 0; i < n; i++) c[i] /= 2;
}

static void bump(int *c, int i) { c[i] += 1000; }

int main(void) {
  int n = 16;
  int *c1 = calloc((size_t)n, sizeof *c1);
  int *c2 = calloc((size_t)n, sizeof *c2);
  if (!c1 || !c2) return 1;
  tally(c1, n, 1);
  tally(c2, n, 2);
  halve_all(c1, n);            /* after tally(c1) */
  int m1 = most(c1, n);
  bump(c2, 3);                 /* after tally(c2) */
  int m2 = most(c2, n);
  tally(c1, n, 3);
  bump(c1, m1);                /* m1 is a result: after most and tally */
  int m3 = most(c1, n);
  halve_all(c2, n);
  int m4 = most(c2, n);
  long s = 0;
  for (int i = 0; i < n; i++) s += c1[i] * (i + 1) + c2[i];
  printf("m1=%d m2=%d m3=%d m4=%d s=%ld\n", m1, m2, m3, m4, s);
  free(c1);
  free(c2);
  return 0;
}
