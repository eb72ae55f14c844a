/* main.c -> gen.c -> poly.c: a DELAYED function calling a plain one of a
 * third file (blind round 48b). */
#include "delayed.h"
double poly(double x);
DELAYED void gen(DELAYED_OUT_N(n) double *b, int n, int seed);
