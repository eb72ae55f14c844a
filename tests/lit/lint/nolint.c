// RUN: %delayc lint %s | FileCheck %s
#include "delayed.h"

int hits;

DELAYED int a(int x) { hits++; return x; } // NOLINT
DELAYED int b(int x) { hits++; return x; } // NOLINT(delayed-global-state)
DELAYED int c(int x) { hits++; return x; } // NOLINT(delayed-mutates-input)
// NOLINTNEXTLINE(delayed-*)
DELAYED int d(int x) { hits++; return x; }
// NOLINTBEGIN(delayed-global-state, delayed-nested)
DELAYED int e(int x) { hits++; return x; }
DELAYED int f(int x) { hits++; return a(x); }
// NOLINTEND(delayed-global-state, delayed-nested)
DELAYED int g(int x) { hits++; return x; } /* NOLINT(delayed-global-state) */
DELAYED int h(int x) { hits++; return x; } // NOLINTNEXTLINE(delayed-global-state) names the next line only
DELAYED int i(int x) { hits++; return x; }

int main(void) { int r = a(1) + b(2) + c(3) + d(4) + e(5) + f(6) + g(7) + h(8) + i(9); delayed_compute(r); return r; }
// Suppressed: a (all checks), b (that check), d (glob), e and f (region), g (block comment), i (next line).
// CHECK: nolint.c:8:24: warning: {{.*}}'hits'{{.*}} [delayed-global-state]
// CHECK: nolint.c:16:24: warning: {{.*}}'hits'{{.*}} [delayed-global-state]
// CHECK-NOT: warning:
