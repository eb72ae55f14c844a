/* a13_range_walk.c — extents checked at compile time or when the program runs, right declarations, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

#define N 240
#define NBLK 4

/* running difference over [lo, hi), walking a pointer backwards from hi - 1 down to lo */
DELAYED int diff_range(DELAYED_INOUT_RANGE(lo, hi) int *a, int lo, int hi) {
  usleep(2000);
  int *q = a + hi - 1;
  int changed = 0;
  while (q > a + lo) {
    int d = *q - *(q - 1);
    if (d != *q) changed++;
    *q-- = d;
  }
  return changed;
}

/* copy a range to the same positions of another array, then clear its borders */
DELAYED void copy_range(DELAYED_IN_RANGE(lo, hi) const int *src, DELAYED_OUT_RANGE(lo, hi) int *dst,
                        int lo, int hi) {
  usleep(2000);
  memcpy(dst + lo, src + lo, (size_t)(hi - lo) * sizeof *dst);
  dst[lo] = 0;
  dst[hi - 1] = 0;
}

int main(void) {
  int *a = malloc(sizeof(int) * N);
  int *b = malloc(sizeof(int) * N);
  if (!a || !b) return 1;
  for (int i = 0; i < N; i++) a[i] = (i * i) % 37;
  int ch[NBLK];
  int per = N / NBLK;
  for (int k = 0; k < NBLK; k++)
    ch[k] = diff_range(a, k * per, (k + 1) * per);
  for (int k = 0; k < NBLK; k++)
    copy_range(a, b, k * per, (k + 1) * per);
  long s = 0;
  for (int i = 0; i < N; i++) s = s * 3 % 100003 + b[i] + 50;
  for (int k = 0; k < NBLK; k++) printf("range %d changed %d\n", k, ch[k]);
  printf("hash %ld b[1]=%d b[%d]=%d\n", s, b[1], N - 2, b[N - 2]);
  free(a);
  free(b);
  return 0;
}
