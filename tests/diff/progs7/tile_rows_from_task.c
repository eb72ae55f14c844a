/* covers: the row count and the tile pointer of a 2D task come from results of other (pending) tasks */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define LD 5
DELAYED int nrows(int k) { return k % 4 + 1; }
DELAYED int *mk(int n) { int *p = calloc((size_t)n, sizeof(int)); for (int i = 0; i < n; i++) p[i] = i; return p; }
DELAYED void tw(DELAYED_INOUT_2D(rows, 3, LD) int *t, int rows, int v) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < 3; j++) t[i * LD + j] = t[i * LD + j] * 2 + v;
}
DELAYED long total(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = s * 3 % 1000003 + p[i];
  return s;
}

int main(void) {
  int *m = mk(LD * 6);
  int r1 = nrows(2), r2 = nrows(5);
  tw(m, r1, 1);
  tw(m + 2, r2, 2);
  tw(m + LD, nrows(7), 3);
  long t = total(m, LD * 6);
  printf("%ld %d %d\n", t, r1, r2);
  for (int i = 0; i < LD * 6; i++) printf("%d ", m[i]);
  printf("\n");
  free(m);
  return 0;
}
