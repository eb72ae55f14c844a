/* Reproducer: a DELAYED_IN_N argument written as 'b + k * 512 - 256' on a
 * static array of main is taken as "memory delayc does not track"; its
 * region does not order it after an earlier task that writes b. */
#include <stdio.h>
#include "delayed.h"

#define N 1024

DELAYED void slow_fill(DELAYED_OUT_N(n) double *y, int n) {
  for (int r = 0; r < 20000; r++)
    for (int i = 0; i < n; i++) y[i] = (double)(i % 7) + r * 0.0;
}

DELAYED void copy(DELAYED_IN_N(n) const double *x, DELAYED_OUT_N(n) double *y, int n) {
  for (int i = 0; i < n; i++) y[i] = x[i];
}

int main(void) {
  static double b[N], c[N];
  int k = 1;
  slow_fill(b, 512);                 /* writes b[0..512) for a while */
  copy(b + k * 512 - 256, c, 256);   /* reads b[256..512): must run after */
  double s = 0;
  for (int i = 0; i < 256; i++) s += c[i];
  printf("s=%.1f\n", s);
  return 0;
}
