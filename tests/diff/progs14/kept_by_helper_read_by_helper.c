/* kept_by_helper_read_by_helper.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include "delayed.h"
static int *gp;
static void remember(int *p) { gp = p; }
static int recall(void) { return *gp; }
static long spin(long x) { for (int i = 0; i < 200000; i++) x = (x * 1103515245 + 12345) % 1000003; return x; }
DELAYED void fill(DELAYED_OUT int *p, int x) { *p = (int)spin(x); }
int main(void) {
  int v[1] = {0};
  remember(v);
  fill(v, 1);
  printf("%d\n", recall());
  return 0;
}
