/* Directions on values, and writes declared through pointers to const: errors
 * (blind round 45b F10, F11: delayc accepted them without a word). */
#include "delayed.h"
DELAYED int f(DELAYED_OUT int x) { return x; }
DELAYED int g(DELAYED_INOUT_N(4) int x, DELAYED_IN_RANGE(0, 2) int k) { return x + k; }
DELAYED double h(DELAYED_OUT_N(4) const double *p) { return p[0] + p[3]; }
DELAYED double ok(DELAYED_IN_N(4) const double *p, DELAYED_INOUT double *q) { *q += p[0]; return p[3]; }
int main(void) { double a[4] = {0}, b = 0; return f(1) + g(1, 2) + (int)h(a) + (int)ok(a, &b); }
