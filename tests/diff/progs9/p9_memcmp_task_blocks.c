/* memcmp in ordinary code over blocks written by tasks, then tasks that
 * modify one of them again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void pattern(DELAYED_OUT_N(n) unsigned char *p, int n, int seed) {
  for (int i = 0; i < n; i++) {
    int v = seed;
    for (int k = 0; k < 40; k++) v = (v * 7 + i + k) % 251;
    p[i] = (unsigned char)v;
  }
}

DELAYED void flip(DELAYED_INOUT_N(n) unsigned char *p, int n) {
  for (int i = 0; i < n; i++) p[i] = (unsigned char)(255 - p[i]);
}

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
  int n = 128;
  unsigned char *a = malloc((size_t)n * 2);
  unsigned char *b = malloc((size_t)n);
  if (!a || !b) return 1;
  pattern(a, n, 5);
  pattern(a + n, n, 5);
  pattern(b, n, 6);
  int c1 = memcmp(a, a + n, (size_t)n);
  int c2 = sign(memcmp(a, b, (size_t)n));
  flip(a + n, n);
  int c3 = memcmp(a, b, 16) == 0;
  flip(a + n, n);
  int c4 = memcmp(a + n, a, (size_t)n);
  flip(b, n / 2);
  int c5 = sign(memcmp(b + n / 2, a + n / 2, (size_t)n / 2));
  int c6 = sign(memcmp(b, a, 1));
  printf("c1=%d c2=%d c3=%d c4=%d c5=%d c6=%d a7=%d b7=%d\n", c1, c2, c3, c4, c5, c6, a[7], b[7]);
  free(a);
  free(b);
  return 0;
}
