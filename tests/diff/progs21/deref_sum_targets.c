/* Results stored through *(p + i), *(i + a) and *(out + i) with out a restrict
 * parameter: the same elements as p[i], a[i] and out[i].  They ran serially
 * ("an lvalue delayc cannot track"; blind round 47b); they are tasks on those
 * elements. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED unsigned mix(unsigned x) { for (int i = 0; i < 100000; i++) x = x * 2654435761u + 1; return x; }
static void fill(unsigned *restrict out, unsigned n) {
  for (unsigned i = 0; i < n; i++) *(out + i) = mix(i + 100);
}
int main(void) {
  unsigned n = 16, *o = malloc(n * sizeof *o), *q = malloc(n * sizeof *q);
  unsigned a[16];
  for (unsigned i = 0; i < n; i++) *(o + i) = mix(i);
  for (unsigned i = 0; i < n; i++) *(i + a) = mix(i + 7);
  fill(q, n);
  unsigned x = 0; for (unsigned i = 0; i < n; i++) x ^= o[i] + a[i] * 3 + q[i] * 7;
  printf("%u\n", x); free(o); free(q); return 0;
}
