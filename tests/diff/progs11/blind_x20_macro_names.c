/* blind_x20_macro_names.c — written blind (round 2): a batching case that did not compile or crashed. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#define f0 440
#define k 3
#define u 2
#define s0 7
DELAYED int f(int i) { return (i * 31 + f0 + k * u + s0) % 1009; }
int main(void) {
  int n = 1000; int *out = calloc(n, sizeof(int));
  for (int i = 0; i < n; i++) out[i] = f(i);
  long s = 0; for (int i = 0; i < n; i++) s = (s * 31 + out[i]) % 1000000007;
  printf("%ld\n", s); free(out); return 0;
}
