/* Local struct variables of counted members given by address, work(&a) (blind
 * round 44 F3.1: serial; then, once structs by address were tasks, delayc
 * crashed on &a in the spawn's wait, found at the final review): a task per
 * struct, the second work(&a) after the first; and structs nested in an
 * array's elements, work(&o[k].in) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
typedef struct { int n; double *v DELAYED_N(n); } Buf;
DELAYED void work(DELAYED_INOUT Buf *b, int k) { for (int r = 0; r < 100; r++) for (int i = 0; i < b->n; i++) b->v[i] = b->v[i] * 0.5 + k + r; }
int main(void) {
  Buf a, b;
  a.n = b.n = 20000;
  a.v = calloc(20000, sizeof(double)); b.v = calloc(20000, sizeof(double));
  typedef struct { int id; Buf in; } Outer;
  Outer o[2];
  for (int k = 0; k < 2; k++) { o[k].in.n = 20000; o[k].in.v = calloc(20000, sizeof(double)); }
  work(&o[0].in, 4);
  work(&o[1].in, 5);
  work(&o[0].in, 6);
  work(&a, 1);
  work(&b, 2);
  work(&a, 3);
  printf("%.3f %.3f %.3f %.3f\n", a.v[5], b.v[7], o[0].in.v[5], o[1].in.v[7]);
  free(o[0].in.v); free(o[1].in.v);
  free(a.v); free(b.v);
  return 0;
}
