/* A member count on a member that is not a pointer, and a direction on a
 * function (blind round 46b: both accepted without a word); a direction on a
 * member, on a function not DELAYED, on local variables and on a member of a
 * local struct (blind round 50b: accepted without a word). */
#include <stdlib.h>
#include "delayed.h"
typedef struct { int n DELAYED_N(4); double *d DELAYED_N(n); } B;
DELAYED DELAYED_OUT int *make(int n) { return calloc((size_t)n, sizeof(int)); }
DELAYED void ok(DELAYED_INOUT B *b) { b->d[0] = b->n; }
typedef struct { DELAYED_OUT int *p; int k; } M;
DELAYED_INOUT int plain(int *p) { return *p; }
int main(void) {
  double x[4]; B b = { 4, x }; ok(&b); int *p = make(3); free(p);
  DELAYED_IN int y = 3;
  int a[3] = {0};
  DELAYED_OUT_N(3) int *q = a;
  struct L { DELAYED_IN_N(2) int *r; } l = { a };
  M m = { a, 1 };
  return y + q[0] + l.r[0] + m.k + plain(a);
}
