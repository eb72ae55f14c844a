/* Ordinary calls given pointers while tasks run: memcpy/memset/memcmp wait only
 * for the tasks overlapping the bytes they are told to touch, and a call given a
 * pointer that still holds its allocation (alloca, malloc, calloc) waits only for
 * the tasks overlapping that block.  Overlapping cases must still wait. */
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) char *p, int n, int seed) {
  unsigned v = (unsigned)seed;
  for (int r = 0; r < 4000; r++) v = v * 1103515245u + 12345u;
  for (int i = 0; i < n; i++) { p[i] = (char)('a' + v % 26); v = v * 1103515245u + 12345u; }
}

DELAYED long weigh(DELAYED_IN_N(n) const char *p, int n) {
  long s = 0;
  for (int r = 0; r < 2000; r++)
    for (int i = 0; i < n; i++) s += p[i] * (i + 1) + r % 3;
  return s;
}

static long sum_bytes(const char *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

/* a and b are parameters: regions of memory only pointers reach */
static void work(char *a, char *b, int n) {
  fill(a, n, 1);
  memset(b, 'z', (size_t)n);          /* disjoint from fill(a) */
  fill(b, n / 2, 2);
  memcpy(b + n / 2, a, (size_t)(n / 2));   /* reads a: waits for fill(a) */
  printf("b: %.*s\n", n, b);
  long w[6];
  for (int i = 0; i < 6; i++) {
    char *c = alloca((size_t)n);
    memcpy(c, b, (size_t)n);
    c[i] = '#';
    if (sum_bytes(c, n) > 0) w[i] = weigh(c, n);
    else w[i] = 0;
  }
  fill(a, n, 3);
  int same = memcmp(a, b, (size_t)n) == 0;          /* waits for the second fill(a) */
  printf("%.*s %d\n", n, a, same);
  {
    int m = 4;                                      /* not the n of a's allocation */
    printf("sum %ld\n", sum_bytes(a, m));
  }
  for (int i = 0; i < 6; i++) printf("w[%d] = %ld\n", i, w[i]);
  char *d = malloc((size_t)n);
  fill(d, n, 4);
  fill(a, n, 5);
  printf("d sum %ld\n", sum_bytes(d, n));      /* waits for fill(d), not fill(a) */
  printf("a sum %ld\n", sum_bytes(a, n));
  free(d);
}

int main(void) {
  int n = 24;
  char *a = malloc((size_t)n), *b = calloc((size_t)n, 1);
  work(a, b, n);
  free(a);
  free(b);
  return 0;
}
