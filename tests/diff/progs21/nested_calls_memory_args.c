/* Nested delayed calls whose inner calls read memory through a pointer
 * that is not restrict, add(inc(data[i]), dbl(data[i])), then data[i]
 * written: the inner calls are tasks of their own, each reading data[i] at
 * its spawn, and add waits for them.  add stayed serial ("argument 1 mixes a
 * pending result with memory"; blind round 47b). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED int inc(int x) { return x + 1; }
DELAYED int dbl(int x) { return 2 * x; }
DELAYED int add(int a, int b) { return a + b; }
static void run(const int *data, int *restrict output, int n) {
  for (int i = 0; i < n; i++) { int a = inc(data[i]); int b = dbl(data[i]); output[i] = add(a, b); }
}
static void run2(int *data, int *restrict output, int n) {
  for (int i = 0; i < n; i++) { output[i] = add(inc(data[i]), dbl(data[i])); data[i] = -1; }
}
int main(void) {
  int n = 100000; int *d = malloc(n * sizeof *d), *o = malloc(n * sizeof *o);
  for (int i = 0; i < n; i++) d[i] = i % 1000;
  run(d, o, n);
  long s = 0; for (int i = 0; i < n; i++) s += o[i];
  run2(d, o, n);
  long t = 0; for (int i = 0; i < n; i++) t += o[i] + d[i];
  printf("%ld %ld\n", s, t);
  free(d); free(o);
  return 0;
}
