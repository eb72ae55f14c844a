/* pure_memo_blockdecl.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
#include <stdio.h>
#include "delayed.h"
int main(void) {
  DELAYED_PURE long heavy(long x);      /* a block-scope declaration */
  long r[8];
  for (int i = 0; i < 8; i++) r[i] = heavy(i % 2);
  for (int i = 0; i < 8; i++) printf("%ld ", r[i]);
  printf("\n");
  return 0;
}
DELAYED_PURE long heavy(long x) {
  long s = x;
  for (long i = 0; i < 20000; i++) s = (s * 31 + i) % 1000003;
  return s;
}
