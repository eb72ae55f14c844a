/* A task's region is given by a count that ordinary code changes right
 * after the call; then ordinary code touches elements inside the old region
 * but outside the new count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *p, int n, int seed) {
  for (int i = 0; i < n; i++) {
    int v = seed * 100 + i;
    for (int k = 0; k < 300; k++) v = (v * 7 + k) % 10007;
    p[i] = v;
  }
}

DELAYED long total(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

int main(void) {
  int n = 20;
  int *a = malloc(sizeof *a * 64);
  int *b = malloc(sizeof *b * 64);
  if (!a || !b) return 1;
  fill(a, n, 1);
  n = 5;
  int x = a[12];                 /* inside the task's [0,20), outside [0,5) */
  a[15] = -1;
  long t1 = total(a, 20);
  n = 30;
  size_t bytes = sizeof *a * (size_t)n;
  fill(b, n, 2);
  n = 2;
  memcpy(a + 30, b + 10, sizeof *a * 10);   /* reads b[10..19] */
  bytes = bytes / 2;
  long t2 = total(a + 30, 10);
  memset(b + 20, 0, bytes + 20); /* 80 bytes: b[20..39], the task wrote b[20..29] */
  int m = 8;
  fill(a, m, 3);
  m *= 4;
  a[m - 25] = 99;                /* a[7], in the task's region */
  long t3 = total(a, 8);
  long t4 = total(b, 40);
  printf("x=%d t1=%ld t2=%ld t3=%ld t4=%ld n=%d m=%d bytes=%zu\n", x, t1, t2, t3, t4, n, m, bytes);
  free(a);
  free(b);
  return 0;
}
