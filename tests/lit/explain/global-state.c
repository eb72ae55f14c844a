// --explain: a call of a delayed function that touches a global stays serial
// and gets exactly one line, `file:line:col: explain: ...`, naming the global;
// the call of a delayed function without globals gets none.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s -DFILE=%s --input-file=%t.err
#include <stdio.h>
#include "delayed.h"

static int counter;

DELAYED int bump(int x) { counter += x; return counter; }
DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int a = inc(1);
    // CHECK: {{^}}[[FILE]]:[[# @LINE + 1]]:13: explain: {{.*}}'bump'{{.*}}'counter'{{.*}}
    int b = bump(4);
    printf("%d %d\n", a, b);
    return 0;
}
// CHECK-NOT: {{.}}
