/* A member count on a member that is not a pointer, and a direction on a
 * function (blind round 46b: both accepted without a word). */
#include <stdlib.h>
#include "delayed.h"
typedef struct { int n DELAYED_N(4); double *d DELAYED_N(n); } B;
DELAYED DELAYED_OUT int *make(int n) { return calloc((size_t)n, sizeof(int)); }
DELAYED void ok(DELAYED_INOUT B *b) { b->d[0] = b->n; }
int main(void) { double x[4]; B b = { 4, x }; ok(&b); int *p = make(3); free(p); return 0; }
