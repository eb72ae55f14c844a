#include <stdio.h>
#include "delayed.h"
DELAYED void f(DELAYED_OUT_N(n++) double *a, int n) { a[0] = n; }
DELAYED void g(DELAYED_IN_RANGE(lo, hi = 3) const double *a, int lo, int hi) { (void)a; (void)lo; (void)hi; }
DELAYED void h(DELAYED_INOUT_N(n -= 1) double *a, int n) { a[0] += n; }
DELAYED double k(DELAYED_IN_N(n <= 4 ? n : 4) const double *a, int n) { return a[0] + (n >= 1) + (n != 2) + (n == 3); }
int main(void) { double a[8] = {0}; f(a, 8); printf("%f %f\n", a[0], k(a, 8)); return 0; }
