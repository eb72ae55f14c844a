/* Two pointers to the same malloc'd block, chosen at run time, passed to
   DELAYED functions that read and write through them (no counts). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void add_to(int *dst, int v, int n) {
  for (int i = 0; i < n; i++) dst[i] += v + i;
}

DELAYED long sum(const int *src, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += src[i] * (i + 1);
  return s;
}

DELAYED void scale(int *dst, int k, int n) {
  for (int i = 0; i < n; i++) dst[i] *= k;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 64;
  int *a = malloc(sizeof(int) * n);
  int *b = malloc(sizeof(int) * n);
  for (int i = 0; i < n; i++) { a[i] = i; b[i] = 2 * i; }
  int *p = a;
  int *q = (argc > 0) ? a : b; /* q aliases p at run time */
  add_to(p, 3, n);
  long s1 = sum(q, n);
  scale(q, 2, n);
  long s2 = sum(p, n);
  add_to(q, 1, n);
  scale(p, 3, n);
  long s3 = sum(q, n);
  long s4 = sum(b, n);
  printf("%ld %ld %ld %ld\n", s1, s2, s3, s4);
  free(a);
  free(b);
  return 0;
}
