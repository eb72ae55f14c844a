/* covers: a global array written by a slow task through a pointer stored in a local variable, then read by a task through the global's name */
#include <stdio.h>
#include "delayed.h"

long T[16];
static void spin(void) { volatile long x = 0; for (long i = 0; i < 3000000; i++) x += i; (void)x; }
DELAYED void fill(DELAYED_OUT_N(n) long *p, int n, long v) { spin(); for (int i = 0; i < n; i++) p[i] = v * (i + 1); }
DELAYED long tsum(int lo, int hi) { long s = 0; for (int i = lo; i < hi; i++) s += T[i]; return s; }
DELAYED long psum(DELAYED_IN_N(n) const long *p, int n) { long s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }

int main(void) {
  long *w = T + 8;
  fill(w, 8, 3);
  long a = tsum(0, 16);
  fill(T, 8, 5);
  long b = psum(w - 4, 8);
  long c = tsum(4, 12);
  printf("%ld %ld %ld\n", a, b, c);
  return 0;
}
