/* Ordinary code touching members through pointers (c->hits, c[1].hits, out[i].im)
 * while tasks write other parts of the same blocks: it waits only for the
 * tasks whose regions overlap the element, and for those it must. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
typedef struct { double re, im; } cplx;
typedef struct { long hits; long pad[7]; } Counter;
DELAYED void fill(DELAYED_OUT_N(n) cplx *o, int n, int seed) { for (int r = 0; r < 3000; r++) for (int i = 0; i < n; i++) { o[i].re = seed + i + r; o[i].im = -i; } }
static void run(cplx *out, Counter *c, int n) {
  fill(out, n / 2, 1);
  fill(out + n / 2, n / 2, 2);
  c->hits = 5;                      /* not in any task's region */
  out[n - 1].im += 1;               /* in the second fill's */
  c[1].hits = out[0].re > 0;
  printf("%ld %ld %.1f %.1f\n", c->hits, c[1].hits, out[n - 1].im, out[0].re);
}
int main(void) {
  cplx *o = malloc(64 * sizeof *o);
  Counter *c = calloc(2, sizeof *c);
  run(o, c, 64);
  free(o); free(c);
  return 0;
}
