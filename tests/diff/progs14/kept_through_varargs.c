/* kept_through_varargs.c — written blind (from the user docs) to find memory that tasks and ordinary code reach under different names; its output was wrong before the fix it tests. */
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
#include <stdarg.h>
static double *saved; static void remember(int n, ...) { va_list ap; va_start(ap, n); saved = va_arg(ap, double *); va_end(ap); } static double peek(int i) { return saved[i]; }
int main(void) {
  double loc[16];
  for (int i = 0; i < 16; i++) loc[i] = -1;
  remember(1, loc);
  fill(loc, 4);
  printf("%.4f\n", peek(6));
  return 0;
}
