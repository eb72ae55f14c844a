// RUN: %delayc lint --checks=delayed-global-state %s | FileCheck %s
#include <stdio.h>
#include "delayed.h"

int hits;
static double scale = 2.0;
const double table[3] = {1, 2, 3};
static const char *const names[] = {"a", "b"};

DELAYED double uses(double x)
{
    static int calls;
    calls++;
    hits = hits + 1;
    return x * scale + table[1] + sizeof(hits) + names[0][0];
}

DELAYED double clean(double x, double k) { return x * k + table[2]; }

double not_delayed(double x) { hits++; return x * scale; }

int main(void) { printf("%f\n", uses(1) + clean(2, 3) + not_delayed(4)); return 0; }
// const data, sizeof and functions that are not delayed are fine:
// CHECK: global-state.c:13:5: warning: delayed function 'uses' uses the mutable static local 'calls': {{.*}} [delayed-global-state]
// CHECK: global-state.c:12:16: note: 'calls' is declared here; pass it in as an argument and return the result instead
// an update in any order is still global state, said once however often the
// update names it (hits = hits + 1):
// CHECK: global-state.c:14:5: warning: delayed function 'uses' updates the mutable global 'hits' (+=, -=, ++ or --): delayc runs the tasks that only update it in any order, each update atomic, but a task run in another process updates its own copy
// CHECK: global-state.c:5:5: note: 'hits' is declared here
// CHECK-NOT: global-state.c:14:12: warning
// CHECK: global-state.c:15:16: warning: delayed function 'uses' uses the mutable global 'scale'
// CHECK-NOT: warning:
