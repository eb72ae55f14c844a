/* unnamed_globals_then_pointer_task.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include "delayed.h"
int g[4];
static long spin(long x) { for (int i = 0; i < 200000; i++) x = (x * 1103515245 + 12345) % 1000003; return x; }
DELAYED void fill(DELAYED_OUT int *p, int x) { *p = (int)spin(x); }
DELAYED void tick(void) { static int n; n++; }
int main(void) {
  tick();
  fill(&g[0], 1);
  printf("%d\n", g[0]);
  return 0;
}
