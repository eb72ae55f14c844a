/* kept_by_a_task.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include "delayed.h"
static double *saved;
DELAYED void fill(DELAYED_OUT_N(16) double *k, int seed) {
  for (int i = 0; i < 16; i++) {
    double x = 0;
    for (int r = 0; r < 20000; r++) x += ((i + seed + r) % 17) * 1e-4;
    k[i] = x;
  }
}
DELAYED void attach(double *k) { saved = k; }
static double peek(int i) { return saved[i]; }
int main(void) {
  double loc[16];
  for (int i = 0; i < 16; i++) loc[i] = -1;
  attach(loc);
  fill(loc, 5);
  printf("%.4f\n", peek(6));
  return 0;
}
