/* pure_int_to_ptr.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include "delayed.h"
static long addr_of(int *p) { return (long)(uintptr_t)p; }
DELAYED_PURE long by_addr(long addr) {
  long s = 0;
  for (int r = 0; r < 100000; r++) s += ((const int *)(uintptr_t)addr)[0];
  return s / 100000;
}
int main(void) {
  int *a = malloc(4 * sizeof *a);
  a[0] = 1;
  long ad = addr_of(a);
  long g[4];
  for (int it = 0; it < 4; it++) { g[it] = by_addr(ad); a[0] += 1; }
  long h1 = by_addr(ad);
  a[0] = 50;
  long h2 = by_addr(ad);
  printf("%ld %ld %ld %ld | %ld %ld\n", g[0], g[1], g[2], g[3], h1, h2);
  free(a);
  return 0;
}
