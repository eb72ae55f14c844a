/* DELAYED functions returning pointers into blocks: the returned pointer is
   used as the argument of further tasks and dereferenced by ordinary code. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED int *pick(int *a, int *b, int sel) { return sel ? b : a; }

DELAYED int *find_max(DELAYED_IN_N(n) int *p, int n) {
  int *m = p;
  for (int i = 1; i < n; i++) if (p[i] > *m) m = p + i;
  return m;
}

DELAYED void bump(int *p, int n, int v) {
  for (int i = 0; i < n; i++) p[i] += v;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 24;
  int *a = malloc(sizeof(int) * n);
  int *b = malloc(sizeof(int) * n);
  for (int i = 0; i < n; i++) { a[i] = (i * 7) % 24; b[i] = (i * 5) % 24; }
  int *r = pick(a, b, argc > 0);   /* b */
  bump(r, n, 100);
  int *m = find_max(b, n);
  bump(m, 1, 1000);
  int *m2 = find_max(a, n);
  *m2 = -1;
  bump(a, n, 1);
  int *r2 = pick(b, a, 0);         /* b */
  bump(r2 + 3, 4, 50);
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 5 + a[i] + 2 * b[i]) % 1000000007;
  printf("%ld %d %d\n", h, (int)(m - b), *m);
  free(a);
  free(b);
  return 0;
}
