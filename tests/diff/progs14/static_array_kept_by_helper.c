/* static_array_kept_by_helper.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
static int *gp;
static void set_target(int *p) { gp = p; }
static long sum_gp(void) { long t = 0; for (int i = 0; i < 32; i++) t = t * 31 + gp[i]; return t; }
static long spin(long x) { long s = x; for (int i = 0; i < 200000; i++) s = (s * 1103515245 + 12345) % 1000003; return s; }
DELAYED void fill(DELAYED_OUT_N(4) int *p, int x) { long s = spin(x); for (int k = 0; k < 4; k++) p[k] = (int)((s * (k + 1)) % 997); }
int main(void) {
  static int h[32];
  set_target(h);
  for (int i = 0; i < 8; i++) fill(h + 4 * i, i);
  printf("%ld\n", sum_gp());

  return 0;
}
