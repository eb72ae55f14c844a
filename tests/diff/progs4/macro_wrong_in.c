/* macro_wrong_in.c — area 3 (wrong annotations): a fraction reducer whose pointer
 * parameter is annotated DELAYED_IN (and DELAYED_IN_N) although the function writes
 * through it by way of macros.  The tool may reject the wrong annotation, but must
 * never emit a program whose output differs from the serial one. */
#include <stdio.h>
#include "delayed.h"

typedef struct {
  long num, den;
  int reduced;
} Frac;

#define DIVIDE2(f, g) do { Frac *f_ = (f); f_->num /= (g); f_->den /= (g); } while (0)
#define MARK(f) ((f)->reduced = 1)
#define PUT(a, i, val) ((a)[i] = (val))

static long gcd(long a, long b) {
  while (b) {
    long t = a % b;
    a = b;
    b = t;
  }
  return a < 0 ? -a : a;
}

DELAYED long reduce(DELAYED_IN Frac *f) {
  long g = gcd(f->num, f->den);
  if (g > 1) {
    DIVIDE2(f, g);
    MARK(f);
  }
  return g;
}

DELAYED long digits(DELAYED_IN const Frac *f) {
  long n = 0;
  for (long v = f->num; v; v /= 10)
    n++;
  for (long v = f->den; v; v /= 10)
    n++;
  return n;
}

DELAYED void fill_squares(DELAYED_IN_N(n) int *a, int n) {
  for (int i = 0; i < n; i++)
    PUT(a, i, i * i);
}

DELAYED long sum_ints(DELAYED_IN_N(n) const int *a, int n) {
  long s = 0;
  for (int i = 0; i < n; i++)
    s += a[i];
  return s;
}

int main(void) {
  Frac fs[4] = {{360, 1200, 0}, {17, 51, 0}, {1001, 143, 0}, {97, 89, 0}};
  long g[4], d[4];
  for (int i = 0; i < 4; i++)
    g[i] = reduce(&fs[i]);
  for (int i = 0; i < 4; i++)
    d[i] = digits(&fs[i]);
  for (int i = 0; i < 4; i++)
    printf("f%d: gcd %ld -> %ld/%ld (%ld digits) reduced=%d\n", i, g[i], fs[i].num, fs[i].den,
           d[i], fs[i].reduced);

  int sq[10] = {0};
  fill_squares(sq, 10);
  long s = sum_ints(sq, 10);
  printf("sum of squares %ld, sq[9]=%d\n", s, sq[9]);
  return 0;
}
