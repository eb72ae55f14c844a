/* blind_x17_goto_block.c — written blind (round 2): a batching case that did not compile or crashed. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED int f(int i) { return (i * 31 + 7) % 1009; }
static long run(int skip, int n) {
  int *out = calloc(n, sizeof(int));
  long s = 0;
  if (skip) goto inside;
  {
    out[0] = 1;
  inside:
    out[1] = 2;
    for (int i = 0; i < n; i++) out[i] = f(i);
  }
  for (int i = 0; i < n; i++) s = (s * 31 + out[i]) % 1000000007;
  free(out);
  return s;
}
int main(void) {
  printf("%ld %ld\n", run(0, 3000), run(1, 3000));
  return 0;
}
