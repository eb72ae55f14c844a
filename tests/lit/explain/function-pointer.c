// --explain: delayed(fp)(x) through a function pointer stays serial and gets
// exactly one line, `file:line:col: explain: ...`, saying it is a call through
// a function pointer, and the edit.  Without --explain, the summary remark
// counts it (blind round 47b: emit said nothing).
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s -DFILE=%s --input-file=%t.err
// RUN: %delayc emit %s -o %t.c 2> %t.remark
// RUN: FileCheck %s -DFILE=%s --input-file=%t.remark --check-prefix=REMARK
// REMARK: {{^}}[[FILE]]:20:13: remark: 1 delayed call: 0 tasks, 1 serial (run with --explain
#include <stdio.h>
#include "delayed.h"

static int twice(int x) { return 2 * x; }

int main(void)
{
    int (*fp)(int) = twice;
    // CHECK: {{^}}[[FILE]]:[[# @LINE + 1]]:13: explain: {{.*}}function pointer{{.*}} (call the function by its name, a switch over the choices if it varies, and mark it DELAYED)
    int a = delayed(fp)(3);
    printf("%d\n", a);
    return 0;
}
// CHECK-NOT: {{.}}
