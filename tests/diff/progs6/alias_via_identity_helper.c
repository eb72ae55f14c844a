/* A malloc'd block reached both by its own name and by a pointer returned by
   an ordinary (non-DELAYED) helper; tasks with DELAYED_INOUT_N/IN_N counts on
   both names and ordinary code in between must see each other's writes. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static int *same(int *p) { return p; }

DELAYED void addv(DELAYED_INOUT_N(n) int *p, int n, int v) {
  for (int i = 0; i < n; i++) p[i] = p[i] * 2 + v;
}

DELAYED long hash(DELAYED_IN_N(n) const int *p, int n) {
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 33 + p[i]) % 1000000007;
  return h;
}

int main(void) {
  int n = 48;
  int *a = malloc(sizeof(int) * n);
  for (int i = 0; i < n; i++) a[i] = i;
  int *q = same(a);
  addv(a, n, 1);
  addv(q, n, 2);
  long h1 = hash(a, n);
  addv(a + 4, 8, 3);
  addv(q + 8, 8, 4);
  q[10] += 5;                    /* ordinary write through the alias */
  long h2 = hash(a, n);
  addv(q, n, 6);
  int seen = a[3];               /* ordinary read through the other name */
  long h3 = hash(q, n);
  printf("%ld %ld %ld %d\n", h1, h2, h3, seen);
  free(a);
  return 0;
}
