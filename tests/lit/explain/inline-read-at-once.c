// A call whose result the statement around it reads at once runs inline, and
// --explain says so at the call, with the edit in a loop (blind round 51b:
// nothing was said, call by call); the other half of a recursion's sum is no
// such call.
//
// RUN: %delayc emit --explain %s -o %t.c -- %delayc-cflags 2>&1 | FileCheck %s
// CHECK-DAG: inline-read-at-once.c:[[@LINE+9]]:{{[0-9]+}}: explain: call of 'work' runs inline: its result is read at once by the statement around it ('int a = work(1) + 1;'), which would wait for its task
// CHECK-DAG: inline-read-at-once.c:[[@LINE+9]]:{{[0-9]+}}: explain: call of 'work' runs inline: its result is read at once by the statement around it ('r[i] = work(i) + 1'), so every iteration would wait for its task; store each result as it is (r[i] = work(...)) and compute with them after the loop
// CHECK-NOT: inline-read-at-once.c:13:{{.*}}runs inline
#include <stdio.h>
#include "delayed.h"
DELAYED int work(int i) { return i * 3; }
DELAYED DELAYED_CUTOFF(n < 10) long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(void) {
  int r[4];
  int a = work(1) + 1;
  for (int i = 0; i < 4; i++) r[i] = work(i) + 1;
  printf("%d %d %d %ld\n", a, r[0], r[3], fib(20));
  return 0;
}
// An update of a global by a call in a loop names the edit: a local's update.
// RUN: %delayc emit --explain %S/Inputs/update_global.c -o %t2.c -- %delayc-cflags 2>&1 | FileCheck --check-prefix=GLOBAL %s
// GLOBAL: update_global.c:6:{{[0-9]+}}: explain: call of 'work' runs inline: the statement around it ('G += work(i)') updates what delayc cannot give a task of its own (a global, a static or a member), so every iteration would wait; accumulate into a local variable (t += work(...)) and add it after the loop
// Without --explain, the summary remark counts them.
// RUN: %delayc emit %S/Inputs/inline_straight.c -o %t3.c -- %delayc-cflags 2>&1 | FileCheck --check-prefix=REMARK %s
// REMARK: inline_straight.c:4:{{[0-9]+}}: remark: 2 delayed calls: 0 tasks, 2 inline (result read at once)
