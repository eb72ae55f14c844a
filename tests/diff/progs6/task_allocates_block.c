/* DELAYED functions taking no pointers but returning a fresh malloc'd block:
   the pointer results are used as the arguments of later tasks (which must
   run after the allocating task), stored in an array, and freed by main. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int *make(int n, int seed) {
  int *p = malloc(sizeof(int) * n);
  for (int i = 0; i < n; i++) p[i] = (seed * 31 + i * 17) % 101;
  return p;
}

DELAYED void add_into(DELAYED_INOUT_N(n) int *dst, DELAYED_IN_N(n) const int *src, int n) {
  for (int i = 0; i < n; i++) dst[i] += src[i];
}

DELAYED long sum(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 3 + p[i]) % 1000000007;
  return s;
}

int main(void) {
  enum { K = 6, N = 50 };
  int *blocks[K];
  for (int k = 0; k < K; k++) blocks[k] = make(N, k);
  int *x = make(N, 99);
  for (int k = 0; k < K; k++) add_into(x, blocks[k], N);
  for (int k = 1; k < K; k++) add_into(blocks[k], blocks[k - 1], N);
  long s = sum(x, N);
  long t = sum(blocks[K - 1], N);
  printf("%ld %ld %d\n", s, t, x[N - 1]);
  for (int k = 0; k < K; k++) free(blocks[k]);
  free(x);
  return 0;
}
