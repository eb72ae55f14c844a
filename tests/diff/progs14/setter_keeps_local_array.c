/* setter_keeps_local_array.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include "delayed.h"
static int *gp;
static void set_target(int *p) { gp = p; }
static long spin(long x) { long s = x; for (int i = 0; i < 200000; i++) s = (s * 1103515245 + 12345) % 1000003; return s; }
DELAYED void wgp(int i, int x) { gp[i] = (int)spin(x); }
int main(void) {
  int loc[8] = {0};
  set_target(loc);
  for (int i = 0; i < 8; i++) wgp(i, i);
  long t = 0;
  for (int i = 0; i < 8; i++) t = t * 31 + loc[i];
  printf("%ld\n", t);
  return 0;
}
