/* annotation_mistakes.c — a DELAYED_IN parameter the function writes, and a
 * call made before it is delayed (lit input: emit/warns-annotation-mistakes.test). */
#include <stdio.h>
#include "delayed.h"

DELAYED double normalize(int n, DELAYED_IN_N(n) double *v) {
  double s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  for (int i = 0; i < n; i++) v[i] /= s;
  return s;
}

DELAYED int sq(int x) { return x * x; }

int main(void) {
  double a[4] = {1, 2, 3, 4}, b[4] = {4, 3, 2, 1};
  double sa = normalize(4, a), sb = normalize(4, b);
  int r[4];
  for (int i = 0; i < 4; i++) r[i] = delayed(sq(i));
  printf("%g %g %g %d\n", sa, sb, a[0] + b[0], r[3]);
  return 0;
}
