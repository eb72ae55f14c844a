/* Annotations on a prototype and on the definition (blind round 61b): the
 * same count over other names is one annotation; another count, another
 * direction (62b), or two cutoffs, are errors.  (void)p in a stub touches
 * nothing. */
#include "delayed.h"
DELAYED void scale(DELAYED_INOUT_N(len) double *data, int len, double f);
DELAYED void scale(DELAYED_INOUT_N(n) double *x, int n, double f) { for (int i = 0; i < n; i++) x[i] *= f; }
DELAYED void sum(DELAYED_IN_N(n) const int *p, int n);
DELAYED void fill(DELAYED_IN_N(n) long *x, int n);
#ifndef GOOD
DELAYED void fill(DELAYED_OUT_N(n) long *x, int n) { for (int i = 0; i < n; i++) x[i] = i; }
void sum(DELAYED_IN_N(2 * n) const int *p, int n) { (void)p; (void)n; }
DELAYED DELAYED_CUTOFF(n < 2) DELAYED_CUTOFF(n < 5) long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
#else
DELAYED void fill(DELAYED_IN_N(n) long *x, int n) { long t = 0; for (int i = 0; i < n; i++) t += x[i]; (void)t; }
void sum(DELAYED_IN_N(n) const int *p, int n) { (void)p; (void)n; }
DELAYED DELAYED_CUTOFF(n < 2) long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
#endif
DELAYED long stub(DELAYED_IN_N(n) const int *p, int n) { (void)p; return n; }
int main(void) {
  double a[4] = {1, 2, 3, 4};
  int b[8] = {0};
  scale(a, 4, 2.0);
  sum(b, 4);
  return (int)(fib(10) + stub(b, 8) + a[0]);
}
