/* A delayed validator exits with status 3 on one input (deterministically);
 * main printed some lines before calling it and would print more after. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long checked_sum(DELAYED_IN_N(n) const int *p, int n, int id) {
  long s = 0;
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < n; i++) s += p[i];
  if (s / 20 < 920) {
    fprintf(stderr, "checked_sum: block %d is corrupt\n", id);
    exit(3);
  }
  return s / 20;
}

DELAYED void fill(DELAYED_OUT_N(n) int *p, int n, int seed) {
  for (int i = 0; i < n; i++) p[i] = (seed * 31 + i * 7) % 50;
}

int main(void) {
  int n = 40, blocks = 8;
  int *a = malloc(sizeof *a * (size_t)(n * blocks));
  long *s = malloc(sizeof *s * (size_t)blocks);
  if (!a || !s) return 1;
  printf("start\n");
  for (int b = 0; b < blocks; b++) fill(a + b * n, n, b);
  printf("filled\n");
  for (int b = 0; b < blocks; b++) s[b] = checked_sum(a + b * n, n, b);
  for (int b = 0; b < blocks; b++) printf("block %d: %ld\n", b, s[b]);
  printf("done\n");
  free(a);
  free(s);
  return 0;
}
