/* A view pointer v moved between calls (v += step, step < len) so every task's
   window overlaps the previous one; a prefix-sum-like chain whose result depends
   on the order of the tasks. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void smear(DELAYED_INOUT_N(len) long *v, int len) {
  for (int i = 1; i < len; i++) v[i] += v[i - 1];
}

DELAYED void neg_first(long *v) { v[0] = -v[0] / 2; }

int main(int argc, char **argv) {
  (void)argv;
  int n = 100, len = 9, step = 3 + argc;   /* step 4 */
  long *a = malloc(sizeof(long) * n);
  for (int i = 0; i < n; i++) a[i] = (i * 7) % 11;
  long *v = a;
  while (v + len <= a + n) {
    smear(v, len);
    neg_first(v + step);
    v += step;
  }
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 1000003 + a[i]) % 1000000007;
  printf("%ld %ld %ld\n", a[0], a[n / 2], h);
  free(a);
  return 0;
}
