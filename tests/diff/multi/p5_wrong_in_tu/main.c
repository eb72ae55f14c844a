/* p5_wrong_in_tu: a DELAYED_IN_N parameter handed to a function of another
   file that takes a pointer to non-const (and writes it): delayc cannot see
   the body and must not trust the IN; readers around it, main reads after. */
#include <stdio.h>
#include "delayed.h"
#include "vec.h"

static long spin(long n) {
  volatile long s = 0;
  for (long i = 0; i < n; i++) s += i % 7;
  return s;
}

DELAYED long prepare(DELAYED_IN_N(n) long *v, int n, long work) {
  spin(work);
  vec_normalize(v, n);
  return v[0];
}

DELAYED long weight(DELAYED_IN_N(n) const long *v, int n, long work) {
  spin(work);
  long s = 0;
  for (int i = 0; i < n; i++) s += v[i] * (i + 1);
  return s;
}

DELAYED long dot(DELAYED_IN_N(n) const long *a, DELAYED_IN_N(n) const long *b, int n, long work) {
  spin(work);
  return vec_dot(a, b, n);
}

int main(void) {
  long v[5] = {3, 9, 27, 1, 6};
  long u[5] = {1, 1, 2, 2, 3};
  long w0 = weight(v, 5, 600000);
  long d0 = dot(v, u, 5, 500000);
  long p = prepare(v, 5, 100000);
  long w1 = weight(v, 5, 100000);
  printf("v: %ld %ld %ld %ld %ld\n", v[0], v[1], v[2], v[3], v[4]);
  long d1 = dot(v, u, 5, 100000);
  printf("w0=%ld d0=%ld p=%ld w1=%ld d1=%ld\n", w0, d0, p, w1, d1);
  return 0;
}
