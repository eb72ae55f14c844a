// A call through a table of pointers to DELAYED functions, ops[i % 2](i), is
// an ordinary call: the remark counts it as serial and --explain says why and
// what to write instead (blind round 51b: nothing was said, not even a
// remark).  Calls through pointers to functions that are not DELAYED are
// none of delayc's business.
//
// RUN: %delayc emit %s -o %t.c -- %delayc-cflags 2>&1 | FileCheck --check-prefix=REMARK %s
// RUN: %delayc emit --explain %s -o %t.c -- %delayc-cflags 2>&1 | FileCheck %s
// REMARK: pointer-table.c:[[@LINE+12]]:{{[0-9]+}}: remark: 1 delayed call: 0 tasks, 1 serial
// CHECK: pointer-table.c:[[@LINE+11]]:{{[0-9]+}}: explain: call through the pointer 'ops[i % 2]' runs as an ordinary call, never a task, though it may reach the DELAYED functions 'sq', 'cube': delayc names tasks by function
// CHECK-NOT: call through the pointer 'p'
#include <stdio.h>
#include "delayed.h"
DELAYED int sq(int x) { return x * x; }
DELAYED int cube(int x) { return x * x * x; }
static double plain(double x) { return x + 1; }
int (*ops[2])(int) = { sq, cube };
int main(void) {
  int r[4];
  double (*p)(double) = plain;
  for (int i = 0; i < 4; i++) r[i] = ops[i % 2](i);
  printf("%d %d %g\n", r[1], r[3], p(2));
  return 0;
}
// delayed-stays-serial reports it too (blind round 52b: lint said nothing).
// RUN: %delayc lint --checks=delayed-stays-serial %s -- %delayc-cflags 2>&1 | FileCheck --check-prefix=LINT %s
// LINT: pointer-table.c:21:{{[0-9]+}}: warning: call through the pointer 'ops[i % 2]' stays serial: a call through a pointer is never a task
// LINT-NOT: call through the pointer 'p'
