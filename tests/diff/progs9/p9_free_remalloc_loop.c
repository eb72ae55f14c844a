/* Blocks freed and malloc'd again (likely at the same address) between
 * tasks: the new block's tasks must not mix with the old one's. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) int *p, int n, int seed) {
  for (int i = 0; i < n; i++) {
    int v = seed ^ i;
    for (int k = 0; k < 150; k++) v = (v * 13 + 5) % 4093;
    p[i] = v;
  }
}

DELAYED long sum(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

int main(void) {
  int n = 256;
  long r[10];
  int *buf = malloc(sizeof *buf * (size_t)n);
  if (!buf) return 1;
  for (int it = 0; it < 10; it++) {
    fill(buf, n, it);
    r[it] = sum(buf, n);
    free(buf);
    buf = malloc(sizeof *buf * (size_t)n);
    if (!buf) return 1;
  }
  int *a = malloc(sizeof *a * 64);
  if (!a) return 1;
  fill(a, 64, 99);
  long s1 = sum(a, 64);
  free(a);
  int *b = malloc(sizeof *b * 64);
  if (!b) return 1;
  b[0] = 1;
  for (int i = 1; i < 64; i++) b[i] = b[i - 1] * 3 % 101;
  long s2 = sum(b, 64);
  for (int it = 0; it < 10; it++) printf("r[%d]=%ld\n", it, r[it]);
  printf("s1=%ld s2=%ld\n", s1, s2);
  free(b);
  free(buf);
  return 0;
}
