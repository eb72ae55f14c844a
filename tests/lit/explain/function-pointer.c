// --explain: delayed(fp)(x) through a function pointer stays serial and gets
// exactly one line, `file:line:col: explain: ...`, saying it is a call through
// a function pointer.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s -DFILE=%s --input-file=%t.err
#include <stdio.h>
#include "delayed.h"

static int twice(int x) { return 2 * x; }

int main(void)
{
    int (*fp)(int) = twice;
    // CHECK: {{^}}[[FILE]]:[[# @LINE + 1]]:13: explain: {{.*}}function pointer{{.*}}
    int a = delayed(fp)(3);
    printf("%d\n", a);
    return 0;
}
// CHECK-NOT: {{.}}
