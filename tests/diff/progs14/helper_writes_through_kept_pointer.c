/* helper_writes_through_kept_pointer.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
static int *gp;
static void set_target(int *p) { gp = p; }
static void poke(void) { gp[0] = 1000; }
static long spin(long x) { long s = x; for (int i = 0; i < 200000; i++) s = (s * 1103515245 + 12345) % 1000003; return s; }
DELAYED long sum4(DELAYED_IN_N(4) const int *p) { long s = spin(p[0]) % 3; for (int k = 0; k < 4; k++) s = s * 31 + p[k]; return s; }
int main(void) {
  int *h = calloc(4, sizeof(int));
  set_target(h);
  long r = sum4(h);
  poke();
  printf("%ld\n", r);
  free(h);
  return 0;
}
