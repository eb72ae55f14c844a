// --explain: a delayed call whose pointer argument is a function parameter of
// unknown extent stays serial and gets exactly one line,
// `file:line:col: explain: ...`, naming the call and the pointer.
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
    // CHECK: {{^}}[[FILE]]:[[# @LINE + 1]]:14: explain: {{.*}}'total'{{.*}}'p'{{.*}}
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
