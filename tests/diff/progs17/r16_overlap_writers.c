/* r16_overlap_writers.c — DELAYED_*_RANGE, written blind (round 22). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define B 50
#define NB 8

/* writes its block plus 4 elements into the next block: last writer wins */
DELAYED void stamp(DELAYED_OUT_RANGE(lo, hi + 4) int *p, int lo, int hi, int v) {
  usleep(3000);
  for (int i = lo; i < hi + 4; i++) p[i] = v;
}

int main(void) {
  int p[B * NB + 4];
  for (int i = 0; i < B * NB + 4; i++) p[i] = -1;
  for (int k = 0; k < NB; k++) stamp(p, k * B, k * B + B, k + 1);
  /* reversed order: now the earlier block's stamp should win the overlap */
  for (int k = NB - 1; k >= 0; k -= 2) stamp(p, k * B, k * B + B, 100 + k);
  for (int i = 0; i < B * NB + 4; i += 1)
    if (i % B < 5 || i % B > B - 2) printf("%d:%d ", i, p[i]);
  printf("\n");
  return 0;
}
