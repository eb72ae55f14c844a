/* Compound updates acc[i] += f(i) on heap memory, including repeated
 * indexes (acc[idx[k]] += f(k)) and other compound operators. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long f(int i) {
  long s = 0;
  for (int k = 0; k < 5000; k++) s = (s + (long)i * k) % 1009;
  return s;
}

DELAYED long g(long x) {
  long v = x;
  for (int k = 0; k < 1000; k++) v = (v * 3 + 1) % 97;
  return v + 1;
}

int main(void) {
  int n = 10;
  long *acc = calloc((size_t)n, sizeof *acc);
  int *idx = malloc(sizeof *idx * 20);
  if (!acc || !idx) return 1;
  for (int k = 0; k < 20; k++) idx[k] = (k * 7) % n;
  for (int i = 0; i < n; i++) acc[i] += f(i);
  for (int k = 0; k < 20; k++) acc[idx[k]] += f(k + 100);     /* same slot twice */
  for (int i = 0; i < n; i++) acc[i] *= g(acc[i]);
  acc[0] -= f(3);
  acc[n - 1] %= g(5);
  long *p = acc + 2;
  *p += g(*p);
  p[1] <<= 1;
  long total = 0;
  for (int i = 0; i < n; i++) total += acc[i];
  for (int i = 0; i < n; i++) printf("acc[%d]=%ld\n", i, acc[i]);
  printf("total=%ld\n", total);
  free(acc);
  free(idx);
  return 0;
}
