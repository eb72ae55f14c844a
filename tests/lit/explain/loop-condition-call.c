// --explain on a delayed call in a loop condition (evaluated at every
// iteration, so it stays serial) names the function called, `inc`.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s -DFILE=%s --input-file=%t.err
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int k = 0;
    // CHECK: {{^}}[[FILE]]:[[# @LINE + 1]]:12: explain: call of 'inc' {{.*}}loop condition{{.*}}
    while (inc(k) < 5)
        k++;
    printf("%d\n", k);
    return 0;
}
// CHECK-NOT: {{.}}
