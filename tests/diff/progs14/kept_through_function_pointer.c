/* kept_through_function_pointer.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
#include <stdio.h>
#include "delayed.h"
DELAYED void fill(DELAYED_OUT_N(16) double *k, int seed) {
  for (int i = 0; i < 16; i++) {
    double x = 0;
    for (int r = 0; r < 20000; r++) x += ((i + seed + r) % 17) * 1e-4;
    k[i] = x;
  }
}
static double *saved;
static void remember(double *p) { saved = p; }
int main(void) {
  double loc[16];
  for (int i = 0; i < 16; i++) loc[i] = -1;
  void (*reg)(double *) = remember;
  reg(loc);                       /* publishes loc, through a function pointer */
  fill(loc, 4);
  printf("%.4f\n", saved[6]);     /* reads loc[6] under another name */
  return 0;
}
