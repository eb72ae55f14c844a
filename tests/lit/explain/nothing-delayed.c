// --explain on a file with no delayed call says so, once (blind round 50a:
// emit said nothing, and the output was the input); without --explain,
// nothing is said.
//
// RUN: %delayc emit --explain %s -o %t.c 2>&1 | FileCheck %s
// RUN: %delayc emit %s -o %t2.c 2> %t2.err
// RUN: not test -s %t2.err
// CHECK: nothing-delayed.c: explain: no delayed call in this file: the output is the program as it is (delayc suggest lists what could be DELAYED)
// CHECK-NOT: explain:
#include <stdio.h>
static int twice(int x) { return 2 * x; }
int main(void) { printf("%d\n", twice(21)); return 0; }
