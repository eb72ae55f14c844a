// --explain: calls of a delayed function that touches a global become tasks
// that depend on the global (depend(inout: counter)): they keep their serial
// order, and --explain says so, naming the global; ordinary code that reads
// the global waits for them.  A call of a delayed function without globals
// gets no line.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s -DFILE=%s --input-file=%t.err
// RUN: FileCheck --check-prefix=OUT %s --input-file=%t.c
#include <stdio.h>
#include "delayed.h"

static int counter;

DELAYED int bump(int x) { counter += x; return counter; }
DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int a = inc(1);
    // CHECK-DAG: {{^}}[[FILE]]:[[# @LINE + 1]]:13: explain: call of 'bump' keeps its order with the other tasks that use 'counter'
    int b = bump(4);
    // CHECK-DAG: {{^}}[[FILE]]:[[# @LINE + 2]]:13: explain: call of 'bump' keeps its order with the other tasks that use 'counter'
    // CHECK-DAG: {{^}}[[FILE]]:[[# @LINE + 1]]:13: explain: call of 'bump' runs inline: the next statement waits for what it writes
    int c = bump(5);
    // CHECK-DAG: {{^}}[[FILE]]:[[# @LINE + 1]]:5: explain: waits for the tasks that use 'counter': this code uses it too
    printf("%d %d %d %d\n", a, b, c, counter);
    return 0;
}
// OUT: omp task{{[^"]*}} depend(inout: counter){{.*}}bump(
// the printf waits for c at once: the second bump runs inline, after the first
// OUT: DELAYC_RT_WAIT(depend(inout: counter)) c = bump(
// OUT: DELAYC_RT_WAIT(depend(in: counter{{.*}}))
