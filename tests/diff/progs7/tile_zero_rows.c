/* covers: 2D annotation whose rows come from a parameter, with zero and negative row counts */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define LD 4
DELAYED void fillr(DELAYED_OUT_2D(rows, 2, LD) int *t, int rows, int v) {
  for (int i = 0; i < rows; i++) { t[i * LD] = v; t[i * LD + 1] = v + i; }
}
DELAYED int peek(DELAYED_IN_2D(rows, 2, LD) const int *t, int rows) {
  int s = 0;
  for (int i = 0; i < rows; i++) s += t[i * LD] * 3 + t[i * LD + 1];
  return s;
}

int main(void) {
  int *m = calloc(LD * 5, sizeof(int));
  fillr(m, 0, 9);
  fillr(m, -2, 9);
  fillr(m, 3, 4);
  int a = peek(m, 3);
  fillr(m + 1, 2, 8);
  int b = peek(m, -1);
  int c = peek(m + 1, 4);
  fillr(m, 0, 1);
  int d = peek(m, 5);
  printf("%d %d %d %d\n", a, b, c, d);
  for (int i = 0; i < LD * 5; i++) printf("%d ", m[i]);
  printf("\n");
  free(m);
  return 0;
}
