/* covers: a DELAYED function writes a global through a pointer parameter; other tasks read that global by name */
#include <stdio.h>
#include "delayed.h"

int G[10];
DELAYED void put(int *p, int v) { *p = v; }
DELAYED int getg(int i) { return G[i] * 2; }
DELAYED int sumg(void) { int s = 0; for (int i = 0; i < 10; i++) s += G[i]; return s; }

int main(void) {
  int r[10];
  for (int i = 0; i < 10; i++) {
    put(&G[i], i * 3 + 1);
    r[i] = getg(i);
  }
  int s = sumg();
  put(G + 4, 1000);
  int s2 = sumg();
  for (int i = 0; i < 10; i++) printf("%d ", r[i]);
  printf("%d %d\n", s, s2);
  return 0;
}
