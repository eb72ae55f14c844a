/* unnamed_globals_result_through_pointer.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include "delayed.h"
long g[16];
static long spin(long x) { long s = x; for (int i = 0; i < 200000; i++) s = (s * 1103515245 + 12345) % 1000003; return s; }
DELAYED long f(long x) { return spin(x); }
DELAYED void tick(int x) { static int count; count += (int)spin(x) % 7; if (count < 0) count = 0; }
int main(void) {
  tick(1);
  long *p = &g[3];
  *p = f(100);
  printf("%ld\n", g[3]);
  return 0;
}
