/* covers: DELAYED functions returning malloc'd arrays consumed by other tasks before they are ready, and aliased */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int *make(int n, int seed) {
  int *p = malloc(sizeof(int) * (size_t)n);
  for (int i = 0; i < n; i++) p[i] = (seed * 31 + i * 7) % 101;
  return p;
}
DELAYED long total(const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}
DELAYED void dbl(int *p, int n) { for (int i = 0; i < n; i++) p[i] *= 2; }

int main(void) {
  int *a = make(50, 1);
  int *b = make(50, 2);
  int *alias = a;
  long t1 = total(a, 50);
  dbl(alias, 50);
  long t2 = total(a, 50);
  dbl(b, 25);
  long t3 = total(b, 50);
  printf("%ld %ld %ld %d %d\n", t1, t2, t3, a[3], b[30]);
  free(a);
  free(b);
  return 0;
}
