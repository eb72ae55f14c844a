// --explain: a delayed call whose pointer argument is a function parameter of
// unknown extent is a task on memory reached through pointers: with no count
// on the parameter its region is all of memory, and the line says which
// annotation would name only its elements.  (Here its result is read at once,
// so it runs inline: a second line says so.)
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s -DFILE=%s --input-file=%t.err
#include <stdio.h>
#include "delayed.h"

DELAYED long total(const int *v, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

long use_param(const int *p, int n)
{
    // CHECK: {{^}}[[FILE]]:[[# @LINE + 2]]:14: explain: call of 'total': pointer argument 'p' points to memory delayc does not track and parameter 'v' has no count: the task is ordered with every task that writes memory through pointers (DELAYED_IN_N(n) on 'v' would name only its n elements)
    // CHECK: {{^}}[[FILE]]:[[# @LINE + 1]]:14: explain: call of 'total' runs inline: the next statement waits for what it writes
    long t = total(p, n);
    return t;
}
// CHECK-NOT: {{.}}

int main(void)
{
    int arr[4] = {1, 2, 3, 4};
    printf("%ld\n", use_param(arr, 4));
    return 0;
}
