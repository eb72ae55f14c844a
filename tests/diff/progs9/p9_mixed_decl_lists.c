/* Declarations of several variables mixing delayed calls, plain values and
 * pointers to the results. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long f(long x) {
  long s = 0;
  for (long k = 0; k < 20000; k++) s = (s + x * k) % 100003;
  return s;
}

DELAYED long h(DELAYED_IN_N(n) const long *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i] % 1000;
  return s;
}

DELAYED void spread(DELAYED_OUT_N(n) long *p, int n, long seed) {
  for (int i = 0; i < n; i++) {
    long v = seed + i;
    for (int k = 0; k < 20000; k++) v = (v * 5 + k) % 10007;
    p[i] = v + 1;
  }
}

int main(void) {
  long a = f(1), b = 2, c = f(a + b), *pc = &c, d = f(b);
  *pc += 1;
  long *v = malloc(sizeof *v * 8), e = f(c % 7), m = 3;
  if (!v) return 1;
  for (int i = 0; i < 8; i++) v[i] = f(i + m);
  long s = h(v, 8), t = v[3], u = h(v + 4, 4) + t;
  v[5] = s;
  long w = h(v, 8), z = *pc + d + e;
  printf("a=%ld b=%ld c=%ld d=%ld e=%ld s=%ld t=%ld u=%ld w=%ld z=%ld\n",
         a, b, c, d, e, s, t, u, w, z);
  int len = 16;
  long *y = calloc(64, sizeof *y);
  if (!y) return 1;
  spread(y + 8, len, 3);
  spread(y + 40, len, 4);
  int pos = len + 1, hit = y[pos] > 0;        /* y[17]: written by the first spread */
  long first = y[8], mid = y[pos + 24];
  printf("pos=%d hit=%d first=%ld mid=%ld\n", pos, hit, first, mid);
  free(y);
  free(v);
  return 0;
}
