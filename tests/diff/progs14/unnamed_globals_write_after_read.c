/* unnamed_globals_write_after_read.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include "delayed.h"
int g[32];
static long spin(long x) { long s = x; for (int i = 0; i < 200000; i++) s = (s * 1103515245 + 12345) % 1000003; return s; }
DELAYED long sum4(DELAYED_IN_N(4) const int *p) { long s = spin(p[0]) % 3; for (int k = 0; k < 4; k++) s = s * 31 + p[k]; return s; }
DELAYED void tick(int x) { static int count; count += (int)spin(x) % 7; if (count < 0) count = 0; }
int main(void) {
  long r[8];
  for (int i = 0; i < 32; i++) g[i] = i;
  tick(1);
  for (int i = 0; i < 8; i++) r[i] = sum4(g + 4 * i);
  for (int i = 0; i < 32; i++) g[i] = -1;
  long t = 0; for (int i = 0; i < 8; i++) t = t * 7 + r[i];
  printf("%ld\n", t);
  return 0;
}
