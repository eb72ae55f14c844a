/* Counts that are no number of elements, a constant range written backwards, and
 * annotations where they mean nothing (blind round 47b: all accepted, the
 * reversed range and the negative count only failing as the program ran).
 * The right forms beside them pass. */
#include "delayed.h"
#define ROWS 4
DELAYED void neg(DELAYED_OUT_N(-3) int *p) { p[0] = 1; }
DELAYED double real(DELAYED_IN_N(2.5) const double *p) { return p[0]; }
DELAYED void backwards(DELAYED_OUT_RANGE(8, 2) int *p) { p[2] = 1; }
DELAYED void on_param(int *p DELAYED_N(n), int n) { for (int i = 0; i < n; i++) p[i] = i; }
DELAYED int counter;
DELAYED_IN_N(4) int *table;
DELAYED void text(DELAYED_IN_N("abc") const int *p) { (void)p; }
DELAYED void twice(DELAYED_IN_N(n) DELAYED_OUT_N(n) int *p, int n) { p[0] = n; }
DELAYED DELAYED_CUTOFF() int empty(int x) { return x; }
DELAYED void by_pointer(DELAYED_INOUT_N(q) int *p, int *q) { p[0] = *q; }
DELAYED void by_double(DELAYED_IN_N(n) const int *p, double n) { (void)p; (void)n; }
DELAYED int span(DELAYED_IN_N(end - p) const char *p, const char *end) { return end > p ? p[0] : 0; }
DELAYED void fine(DELAYED_OUT_2D(ROWS, 8, 8) int *p, DELAYED_IN_N(2 * n) const int *q, int n,
                  DELAYED_INOUT_RANGE(n - 1, n + 1) int *r, DELAYED_OUT_N(0x10) int *s) {
  p[0] = q[0]; r[n - 1] = 0; s[15] = 1;
}
int main(void) {
  int a[64], b[8] = {0}, c[8], d[16];
  double x[4] = {0};
  neg(a); backwards(a); on_param(a, 8); fine(a, b, 4, c, d); text(a); twice(a, 1);
  by_pointer(a, b); by_double(a, 2.0);
  return span("ab", "ab" + 2) + (int)real(x) + counter + (table != 0) + empty(1);
}
