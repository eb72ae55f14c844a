/* pure_noargs.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* a pure function with no parameters, called many times (a costly constant) */
#include <stdio.h>
#include "delayed.h"

DELAYED_PURE double pi_estimate(void) {
  double s = 0;
  for (long k = 0; k < 2000000; k++) s += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
  return s;
}
DELAYED_PURE long seedless(void) {
  long s = 1;
  for (long k = 0; k < 20000; k++) s = (s * 48271) % 2147483647;
  return s;
}

int main(void) {
  double r[5];
  for (int i = 0; i < 5; i++) r[i] = pi_estimate();
  for (int i = 0; i < 5; i++) printf("%.12f ", r[i]);
  printf("\n");
  double a = pi_estimate();
  double b = pi_estimate();
  printf("%.12f %.12f\n", a, b);
  long q[4];
  for (int i = 0; i < 4; i++) q[i] = seedless();
  printf("%ld %ld %ld %ld\n", q[0], q[1], q[2], q[3]);
  return 0;
}
