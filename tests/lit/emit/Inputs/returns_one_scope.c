/* returns_one_scope.c — two returns in one block (a `goto fail` layout) in a
 * function whose tasks use slots: each return frees them (lit input:
 * emit/returns-one-scope.test). */
#include <stdio.h>
#include "delayed.h"

DELAYED int sq(int x) { return x * x; }

int main(void) {
  int z = sq(9);                /* a task (the loop's calls run inline) */
  int r[4];
  for (int i = 0; i < 4; i++) {
    int a = sq(i);
    int b = sq(i + 1);
    r[i] = a + b;
  }
  if (r[0] != 1) goto fail;
  printf("%d %d %d %d %d\n", r[0], r[1], r[2], r[3], z);
  return 0;
fail:
  printf("wrong\n");
  return 1;
}
