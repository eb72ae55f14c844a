/* covers: a[i] += f(i), i++ — index side effect evaluated once; b[k] += f(k) with k changed afterwards */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int i) { return i * 10 + 3; }

int main(void) {
  int a[8] = {1, 1, 1, 1, 1, 1, 1, 1};
  int i = 0;
  while (i < 6) a[i] += f(i), i++;
  int k = 2;
  a[k] += f(k);
  k = 5;
  a[k] += f(k);
  int j = 7;
  a[j] -= f(j), j--;
  a[j] -= f(j);
  for (int t = 0; t < 8; t++) printf("%d ", a[t]);
  printf("%d %d\n", i, j);
  return 0;
}
/* (a[i++] += f(i) would be unsequenced in C; see compound_index_postinc2.c for i++ in the index only) */
