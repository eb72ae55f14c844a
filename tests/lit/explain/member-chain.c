// Results stored into plain members of one local struct: each task names the
// struct whole, so they run one after another; --explain says so at each call
// and the remark counts them chained (blind round 52b: silent).
//
// RUN: %delayc emit %s -o %t.c -- %delayc-cflags 2>&1 | FileCheck --check-prefix=REMARK %s
// RUN: %delayc emit --explain %s -o %t.c -- %delayc-cflags 2>&1 | FileCheck %s
// REMARK: remark: 4 delayed calls: 3 tasks, 1 inline, 3 chained
// CHECK: member-chain.c:[[@LINE+6]]:{{[0-9]+}}: explain: call of 'slow': its result goes to 'L.a', a member of 'L', and the task depends on all of 'L': tasks storing into its members run one after another
#include <stdio.h>
#include "delayed.h"
DELAYED long slow(int i) { long s = 0; for (long k = 0; k < 1000; k++) s += k ^ i; return s; }
int main(void) {
  struct { long a, b, c, d; } L;
  L.a = slow(1); L.b = slow(2); L.c = slow(3); L.d = slow(4);
  printf("%ld\n", L.a + L.b + L.c + L.d);
  return 0;
}
