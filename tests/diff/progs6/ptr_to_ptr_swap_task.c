/* A DELAYED function swaps two pointer variables of main (int **): later
   tasks take the swapped pointers as arguments and must get the swapped
   values; another task writes through *pp. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void swap_ptrs(int **a, int **b) { int *t = *a; *a = *b; *b = t; }

DELAYED void write_through(int **pp, int n, int v) {
  for (int i = 0; i < n; i++) (*pp)[i] = v + i;
}

DELAYED void add_rows(DELAYED_INOUT_N(n) int *dst, DELAYED_IN_N(n) const int *src, int n) {
  for (int i = 0; i < n; i++) dst[i] = dst[i] * 2 + src[i];
}

int main(void) {
  int n = 10;
  int *x = malloc(sizeof(int) * n);
  int *y = malloc(sizeof(int) * n);
  int *xo = x, *yo = y;
  for (int i = 0; i < n; i++) { x[i] = i; y[i] = 100 + i; }
  swap_ptrs(&x, &y);
  add_rows(x, y, n);            /* x is the old y */
  write_through(&y, n, 50);     /* y is the old x */
  swap_ptrs(&x, &y);
  add_rows(y, x, n);
  long h = 0;
  for (int i = 0; i < n; i++) h = (h * 1009 + xo[i] * 3 + yo[i]) % 1000000007;
  printf("%d %d %ld\n", x == xo, y == yo, h);
  free(xo);
  free(yo);
  return 0;
}
