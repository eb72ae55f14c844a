/* pending_blocks.c — blocks a DELAYED function returns, handed to other tasks
 * before they exist (`x = make(n); use(x, n);`): the consumer reads the pointer
 * after its producer; readers run together, a writer of the block keeps its
 * place among them, ordinary code reading the block or freeing it waits; a
 * variable reassigned between uses and a scalar pointer variable too. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED double *make(int n, int seed) {
  double *x = malloc((size_t)n * sizeof *x);
  for (int i = 0; i < n; i++) x[i] = (seed * 7 + i * 3) % 11;
  return x;
}

DELAYED double total(DELAYED_IN_N(n) const double *x, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += x[i] * (i + 1);
  return s;
}

DELAYED void twice(DELAYED_INOUT_N(n) double *x, int n) {
  for (int i = 0; i < n; i++) x[i] *= 2;
}

int main(void) {
  double *blk[6];
  double t1[6], t2[6];
  for (int i = 0; i < 6; i++) {
    blk[i] = make(40, i);
    t1[i] = total(blk[i], 40);
    twice(blk[i], 40);
    t2[i] = total(blk[i], 40);
  }
  double *one = make(25, 9);
  double a = total(one, 25);
  twice(one, 25);
  double b = total(one, 25);
  double peek = one[3];
  free(one);
  one = make(10, 4);                    /* reassigned */
  double c = total(one, 10);
  delayed_compute(a, b, c);
  printf("%.1f %.1f %.1f %.1f\n", a, b, c, peek);
  for (int i = 0; i < 6; i++) printf("%.1f %.1f %.1f\n", t1[i], t2[i], blk[i][5]);
  for (int i = 0; i < 6; i++) free(blk[i]);
  free(one);
  return 0;
}
