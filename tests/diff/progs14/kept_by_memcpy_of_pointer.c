/* kept_by_memcpy_of_pointer.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED void fill(DELAYED_OUT_N(16) double *k, int seed) {
  for (int i = 0; i < 16; i++) {
    double x = 0;
    for (int r = 0; r < 20000; r++) x += ((i + seed + r) % 17) * 1e-4;
    k[i] = x;
  }
}
static void attach(double **slot, double *p) { memcpy(slot, &p, sizeof p); }
int main(void) {
  double loc[16];
  for (int i = 0; i < 16; i++) loc[i] = -1;
  double *q; attach(&q, loc);
  fill(loc, 4);
  printf("%.4f\n", q[6]);
  return 0;
}
