/* r04_overlap_inout.c — DELAYED_*_RANGE, written blind (round 22). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 200

/* non-commutative update: order of overlapping tasks matters */
DELAYED void mix(DELAYED_INOUT_RANGE(lo, hi) long *p, int lo, int hi, long k) {
  usleep(3000);
  for (int i = lo; i < hi; i++) p[i] = (p[i] * 3 + k) % 1000003;
}

int main(void) {
  long *p = malloc(N * sizeof *p);
  if (!p) return 1;
  for (int i = 0; i < N; i++) p[i] = i;
  /* windows of 40 moving by 10: each overlaps the next three */
  for (int k = 0; k + 40 <= N; k += 10) mix(p, k, k + 40, k + 1);
  /* then in reverse */
  for (int k = N - 40; k >= 0; k -= 30) mix(p, k, k + 40, 7 * k + 5);
  long h = 0;
  for (int i = 0; i < N; i++) h = (h * 31 + p[i]) % 1000000007;
  printf("hash %ld p0=%ld p100=%ld p199=%ld\n", h, p[0], p[100], p[199]);
  free(p);
  return 0;
}
