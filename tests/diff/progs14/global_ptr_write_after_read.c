/* global_ptr_write_after_read.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
int *gp;
static long spin(long x) { for (int i = 0; i < 200000; i++) x = (x * 1103515245 + 12345) % 1000003; return x; }
DELAYED long get(int x) { return spin(x) % 2 + *gp; }
int main(void) {
  int *h = calloc(1, sizeof(int));
  gp = h;
  long r = get(1);
  h[0] = 100;
  printf("%ld\n", r);
  free(h);
  return 0;
}
