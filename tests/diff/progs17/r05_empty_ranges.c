/* r05_empty_ranges.c — DELAYED_*_RANGE, written blind (round 22). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define N 64

DELAYED int fill(DELAYED_OUT_RANGE(lo, hi) int *p, int lo, int hi, int v) {
  usleep(3000);
  int c = 0;
  for (int i = lo; i < hi; i++) { p[i] = v + i; c++; }
  return c;
}

DELAYED int total(DELAYED_IN_RANGE(lo, hi) const int *p, int lo, int hi) {
  usleep(2000);
  int s = 0;
  for (int i = lo; i < hi; i++) s += p[i];
  return s;
}

int main(void) {
  int *p = calloc(N, sizeof *p);
  if (!p) return 1;
  int c[8], t[4];
  c[0] = fill(p, 0, 16, 100);
  c[1] = fill(p, 16, 16, 999);   /* empty */
  c[2] = fill(p, 40, 20, 999);   /* hi < lo: empty */
  c[3] = fill(p, 16, 32, 200);
  c[4] = fill(p, 32, 48, 300);
  c[5] = fill(p, 48, 48, 7);     /* empty */
  c[6] = fill(p, 48, 64, 400);
  c[7] = fill(p, 64, 0, 1);      /* empty, beyond the end */
  t[0] = total(p, 0, 64);
  t[1] = total(p, 10, 10);       /* empty */
  t[2] = total(p, 30, 50);
  t[3] = total(p, 5, -5);        /* empty */
  for (int i = 0; i < 8; i++) printf("c%d=%d ", i, c[i]);
  printf("\n");
  for (int i = 0; i < 4; i++) printf("t%d=%d ", i, t[i]);
  printf("\np[16]=%d p[40]=%d\n", p[16], p[40]);
  free(p);
  return 0;
}
