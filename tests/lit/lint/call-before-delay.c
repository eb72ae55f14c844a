// RUN: %delayc lint %s | FileCheck %s --match-full-lines --strict-whitespace
#include "delayed.h"

static int square(int x) { return x * x; }
DELAYED int inc(int x) { return x + 1; }

int main(void)
{
    int a = delayed(square(3));
    int b = delayed(square)(4);
    int c = delayed( inc (5) );
    int d = inc(6);
    delayed_compute(a, b, c, d);
    return a + b + c + d;
}
// The finding is at `delayed(`, with the fix-it under the caret; delayed(f)(x)
// and plain calls of DELAYED functions are fine.
// CHECK:{{.*}}call-before-delay.c:9:13: warning: 'square' is called before it is delayed: square(...) runs now, on this thread, and delayed() only wraps its result [delayed-call-before-delay]
// CHECK-NEXT:    int a = delayed(square(3));
// CHECK-NEXT:            ^
// CHECK-NEXT:            delayed(square)(3)
// CHECK-NEXT:{{.*}}call-before-delay.c:11:13: warning: 'inc' is called before it is delayed: {{.*}} [delayed-call-before-delay]
// CHECK-NEXT:    int c = delayed( inc (5) );
// CHECK-NEXT:            ^
// CHECK-NEXT:            delayed(inc) (5)
// CHECK-NOT: warning
