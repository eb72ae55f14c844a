/* pipeline.c — an input for delayc plan: a cutoff with a serial clone, a
 * loop of element tasks, a reduction, a task left serial, and a wait. */
#include <stdio.h>
#include "delayed.h"

DELAYED DELAYED_CUTOFF(n < 12) long fib(int n) {
  if (n < 2) return n;
  long a = delayed(fib)(n - 1);
  long b = delayed(fib)(n - 2);
  return a + b;
}

DELAYED double scale(const double *x DELAYED_IN_N(4), double k) {
  return (x[0] + x[1] + x[2] + x[3]) * k;
}

int main(void) {
  double v[16], r[4];
  for (int i = 0; i < 16; i++) v[i] = i;
  for (int i = 0; i < 4; i++)
    r[i] = scale(v + 4 * i, 0.5);          /* MARK-ELEMENT */
  long f = fib(20);
  int *p = &(int){0};
  *p = (int)scale(r, 1.0) + 1;             /* MARK-INLINE */
  int z = v[1] > 0 ? (int)scale(v, 2.0) : 0; /* MARK-SERIAL */
  printf("%g %g %ld %d %d\n", r[0], r[3], f, *p, z);
  return 0;
}
