/* covers: a DELAYED function with DELAYED_OUT_N writes a global array through its pointer; other tasks read the global by name (slow writer exposes missing order) */
#include <stdio.h>
#include "delayed.h"

int G[8];
static void spin(void) { volatile long x = 0; for (long i = 0; i < 3000000; i++) x += i; (void)x; }
DELAYED void put(DELAYED_OUT_N(n) int *p, int n, int v) { spin(); for (int i = 0; i < n; i++) p[i] = v + i; }
DELAYED int getg(int i) { return G[i] * 2; }
DELAYED int sumg(void) { int s = 0; for (int i = 0; i < 8; i++) s += G[i]; return s; }

int main(void) {
  put(G, 4, 10);
  int a = getg(1);
  put(G + 4, 4, 100);
  int b = sumg();
  put(&G[2], 1, -5);
  int c = getg(2);
  printf("%d %d %d\n", a, b, c);
  return 0;
}
