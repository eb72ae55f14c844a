/* covers: a malloc'd result from a task stored in two variables; one writes via a task, ordinary code reads via the other */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long *mk(int n) { long *p = malloc(sizeof(long) * (size_t)n); for (int i = 0; i < n; i++) p[i] = i; return p; }
DELAYED void sq(long *p, int n) { for (int i = 0; i < n; i++) p[i] = p[i] * p[i]; }
DELAYED void add1(DELAYED_INOUT_N(n) long *p, int n) { for (int i = 0; i < n; i++) p[i] += 1; }

int main(void) {
  long *a = mk(10);
  long *b = a + 5;
  sq(b, 5);
  long x = a[6];
  add1(a, 6);
  long y = b[0];
  long *c = a;
  a = mk(3);
  add1(c + 8, 2);
  printf("%ld %ld %ld %ld %ld\n", x, y, c[9], a[2], c[5]);
  free(a);
  free(c);
  return 0;
}
