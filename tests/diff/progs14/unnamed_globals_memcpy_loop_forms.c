/* unnamed_globals_memcpy_loop_forms.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"
int g[32];
static long spin(long x) { long s = x; for (int i = 0; i < 200000; i++) s = (s * 1103515245 + 12345) % 1000003; return s; }
DELAYED void fill(DELAYED_OUT_N(4) int *p, int x) { long s = spin(x); for (int k = 0; k < 4; k++) p[k] = (int)((s * (k + 1)) % 997); }
DELAYED void tick(int x) { static int count; count += (int)spin(x) % 7; if (count < 0) count = 0; }
int main(void) {
  tick(1);
  for (int i = 0; i < 8; i++) fill(g + 4 * i, i);
  int c[4]; memcpy(c, g + 8, sizeof c);
  printf("A %d %d\n", c[0], c[3]);
  for (int i = 0; i < 8; i++) fill(g + 4 * i, i + 1);
  int *p = g;
  printf("B %d\n", p[9]);
  for (int i = 0; i < 8; i++) fill(g + 4 * i, i + 2);
  long t = 0; for (int i = 0; i < 32; i++) t = t * 31 + g[i];
  printf("C %ld\n", t);
  for (int i = 0; i < 8; i++) fill(g + 4 * i, i + 3);
  g[1] = 5;
  printf("D %d %d\n", g[1], g[2]);
  return 0;
}
