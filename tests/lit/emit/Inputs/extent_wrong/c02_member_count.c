/* DELAYED_N(n) on a struct's member, but the body writes n + 1 elements:
 * two Arrs on adjacent halves of one block raced (written blind, round 41:
 * the count was trusted, and the pthreads build printed another sum). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
typedef struct { int *data DELAYED_N(n); int n; int cap; } Arr;
DELAYED void clear_all(Arr a, int v) {
  for (int i = 0; i <= a.n; i++) a.data[i] = v;
}
int main(void) {
  int *block = malloc(sizeof(int) * 64);
  Arr x = { block, 16, 32 };
  Arr y = { block + 16, 16, 32 };
  clear_all(x, 1);
  clear_all(y, 2);
  long s = 0;
  for (int i = 0; i < 48; i++) s += (long)block[i] * (i + 1);
  printf("%ld\n", s);
  free(block);
  return 0;
}
