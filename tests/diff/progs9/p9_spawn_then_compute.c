/* A function that spawns tasks and whose result is computed at once with
 * delayed_compute, called on different blocks and recursively. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long chunk(DELAYED_IN_N(n) const long *p, int n) {
  long s = 0;
  for (int r = 0; r < 10; r++)
    for (int i = 0; i < n; i++) s = (s + p[i] * (r + 1)) % 1000000007L;
  return s;
}

static long total_of(const long *a, int n) {
  long part[4];
  int q = n / 4;
  for (int k = 0; k < 4; k++) part[k] = chunk(a + k * q, k == 3 ? n - 3 * q : q);
  delayed_compute(part);
  return (part[0] + part[1] + part[2] + part[3]) % 1000000007L;
}

static long tree(const long *a, int n, int depth) {
  if (depth == 0) return total_of(a, n);
  int h = n / 2;
  long x = tree(a, h, depth - 1);
  long y = tree(a + h, n - h, depth - 1);
  return (x * 3 + y) % 1000000007L;
}

int main(void) {
  int n = 400;
  long *a = malloc(sizeof *a * (size_t)n);
  if (!a) return 1;
  for (int i = 0; i < n; i++) a[i] = (i * 37 + 11) % 1000;
  long t1 = total_of(a, n);
  a[0] = t1 % 1000;
  long t2 = total_of(a, n / 2);
  a[n - 1] = t2 % 1000;
  long t3 = tree(a, n, 2);
  long t4 = tree(a + 100, 200, 3);
  printf("t1=%ld t2=%ld t3=%ld t4=%ld\n", t1, t2, t3, t4);
  free(a);
  return 0;
}
