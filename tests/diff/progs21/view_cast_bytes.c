/* A pointer argument made by casting through char * into a static array of
 * main: delayc cannot name the element, so the task takes a region of
 * memory, and the array's own tasks keep their order with it (blind round
 * 41: taken as memory no task of the array could overlap). */
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
  slow_fill(b, 512);
  copy((double *)((char *)b + 8 * (k * 512 - 256)), c, 256);
  double s = 0;
  for (int i = 0; i < 256; i++) s += c[i];
  printf("s=%.1f\n", s);
  return 0;
}
