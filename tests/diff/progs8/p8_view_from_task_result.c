/* A task returns a pointer into the buffer (where a key is); later tasks use views
 * starting at that pointer. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long *find_first_ge(DELAYED_IN_N(n) long *x, int n, long key) {
  for (int i = 0; i < n; i++)
    if (x[i] >= key) return x + i;
  return x + n - 1;
}

DELAYED void bump(DELAYED_INOUT_N(len) long *x, int len, long k) {
  for (int r = 0; r < 30; r++)
    for (int i = 0; i < len; i++) x[i] = (x[i] * 3 + k) % 997;
}

DELAYED long hash(DELAYED_IN_N(n) const long *x, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = (s * 7 + x[i]) % 1000000007;
  return s;
}

int main(void) {
  int n = 800;
  long *a = malloc(sizeof(long) * (size_t)n);
  for (int i = 0; i < n; i++) a[i] = (i * 53) % 997;
  long *p = find_first_ge(a + 100, 200, 900);
  bump(a, 300, 1);                          /* may run while find reads: must wait */
  long *q = find_first_ge(a, n, 990);
  int len = (int)(a + n - q);
  if (len > 50) len = 50;
  bump(q, len, 2);
  bump(p, 20, 3);
  long off = p - a;
  printf("p at %ld, q at %ld, len %d\n", off, (long)(q - a), len);
  printf("hash=%ld\n", hash(a, n));
  free(a);
  return 0;
}
