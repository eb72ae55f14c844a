/* blind_x18_const_ptr_param.c — written blind (round 2): a batching case that did not compile or crashed. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED int f(int i) { return (i * 31 + 7) % 1009; }
static void work(int *const out, const int n, const int off) { for (int i = 0; i < n; i++) out[i + off] = f(i); }
int main(void) {
  int n = 1000; int *out = calloc(2 * n, sizeof(int));
  work(out, n, 3);
  long s = 0; for (int i = 0; i < 2 * n; i++) s = (s * 31 + out[i]) % 1000000007;
  printf("%ld\n", s); free(out); return 0;
}
