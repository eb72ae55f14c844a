/* covers: DELAYED functions with assert() on their inputs, results consumed through pointers */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int *mk(int n) {
  assert(n > 0);
  int *p = calloc((size_t)n, sizeof(int));
  assert(p != NULL);
  for (int i = 0; i < n; i++) p[i] = n - i;
  return p;
}
DELAYED int first(const int *p) { assert(p); return p[0]; }

int main(void) {
  int *a = mk(4), *b = mk(9);
  int x = first(a), y = first(b);
  assert(x == 4);
  printf("%d %d %d\n", x, y, a[1] + b[8]);
  free(a);
  free(b);
  return 0;
}
