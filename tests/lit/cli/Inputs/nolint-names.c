/* nolint-names.c — NOLINT lists naming checks that exist, a misspelt one, one
 * of delayc's namespace that does not exist, and another tool's check. */
#include "delayed.h"

int hits;

DELAYED int a(int x) { hits++; return x; } // NOLINT(delayed-global-state)
DELAYED int b(int x) { hits++; return x; } // NOLINT(delayed-global-sate, bugprone-branch-clone)
// NOLINTNEXTLINE(delayed-no-such-check)
DELAYED int c(int x) { hits++; return x; }
// NOLINTBEGIN(delayed-*)
DELAYED int d(int x) { hits++; return x; }
// NOLINTEND(delayed-*)

int main(void) { int r = a(1) + b(2) + c(3) + d(4); delayed_compute(r); return r; }
