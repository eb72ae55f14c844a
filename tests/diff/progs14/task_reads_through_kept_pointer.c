/* task_reads_through_kept_pointer.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
static int *gp;
static void set_target(int *p) { gp = p; }
static long spin(long x) { long s = x; for (int i = 0; i < 200000; i++) s = (s * 1103515245 + 12345) % 1000003; return s; }
DELAYED void fill(DELAYED_OUT_N(4) int *p, int x) { long s = spin(x); for (int k = 0; k < 4; k++) p[k] = (int)((s * (k + 1)) % 997); }
DELAYED long sumgp(void) { long t = spin(5) % 2; for (int i = 0; i < 32; i++) t = t * 31 + gp[i]; return t; }
int main(void) {
  int *h = calloc(32, sizeof(int));
  set_target(h);
  for (int i = 0; i < 8; i++) fill(h + 4 * i, i);
  long s = sumgp();              /* reads what the fills wrote, through gp */
  for (int i = 0; i < 8; i++) fill(h + 4 * i, i + 10);   /* overwrites what sumgp reads */
  long t = 0; for (int i = 0; i < 32; i++) t = t * 31 + h[i];
  printf("%ld %ld\n", s, t);
  free(h);
  return 0;
}
