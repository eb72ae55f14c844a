// --explain prints nothing when every delayed call became a task with exact
// dependencies (independent calls, a join, a loop filling an array).
//
// RUN: %delayc emit --no-batch %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s --allow-empty --input-file=%t.err
// RUN: FileCheck %s --check-prefix=TASKS --input-file=%t.c
//
// CHECK-NOT: {{.}}
// TASKS-COUNT-4: {{omp tas[k][^w]}}
// TASKS-NOT:     {{omp tas[k][^w]}}
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int add(int x, int y) { return x + y; }

int main(void)
{
    int a = inc(1);
    int b = inc(2);
    int c = add(a, b);
    int v[8];
    for (int i = 0; i < 8; i++)
        v[i] = inc(i);
    delayed_compute(v);
    printf("%d %d\n", c, v[7]);
    return 0;
}
