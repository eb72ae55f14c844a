/* covers: a[i++] += f(c) and a[--j] *= f(c) with the index side effect only in the lvalue */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int c) { return c * 7 % 11 + 1; }

int main(void) {
  int a[10];
  for (int t = 0; t < 10; t++) a[t] = t;
  int i = 0, c = 0;
  while (i < 10) a[i++] += f(c++);
  int j = 10;
  while (j > 3) a[--j] *= f(c--);
  for (int t = 0; t < 10; t++) printf("%d ", a[t]);
  printf("%d %d %d\n", i, j, c);
  return 0;
}
