/* An annotation given too few arguments (blind round 49b): clang's error,
 * without the "unknown type name" that only repeats it. */
#include "delayed.h"
DELAYED void f(DELAYED_IN_RANGE(lo) const int *p, int lo) { (void)p; (void)lo; }
DELAYED void g(DELAYED_IN_2D(4, 4) const int *p) { (void)p; }
int main(void) { int a[16] = {0}; f(a, 0); g(a); return 0; }
