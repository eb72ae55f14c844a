/* A variable shadowing another of the same name in an inner block, used as
 * the size of a task's region and of ordinary accesses. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) double *p, int n, double v) {
  for (int i = 0; i < n; i++) {
    double x = v;
    for (int k = 0; k < 100; k++) x = x * 0.9 + (double)(i % 4);
    p[i] = x;
  }
}

DELAYED double sum(DELAYED_IN_N(n) const double *p, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

DELAYED void relax(DELAYED_INOUT_N(n) double *p, int n, int rounds) {
  for (int r = 0; r < rounds; r++)
    for (int i = 0; i < n; i++) p[i] = 0.5 * p[i] + (double)((i * 3 + r) % 4);
}

int main(void) {
  int n = 32;
  double *a = malloc(sizeof *a * 64);
  if (!a) return 1;
  fill(a, n, 1.0);                /* a[0..31] */
  double s_inner;
  {
    int n = 8;
    fill(a + 32, n, 2.0);         /* a[32..39] */
    a[n + 2] = -5.0;              /* a[10]: inside the outer fill */
    s_inner = sum(a, n);          /* a[0..7] */
    for (int n = 40; n < 64; n++) a[n] = n;   /* a third n, the index */
  }
  a[n + 1] = 77.0;                /* a[33]: after fill(a+32, 8) */
  double s_all = sum(a, 2 * n);
  {
    int n = 4;
    double t = a[n * 8];          /* a[32] */
    fill(a + 60, n, t);
  }
  double s_tail = sum(a + 56, 8);
  printf("s_inner=%.6f s_all=%.6f s_tail=%.6f a10=%.6f a33=%.6f\n",
         s_inner, s_all, s_tail, a[10], a[33]);
  relax(a, n / 2, 20000);         /* a[0..15] */
  {
    int n = 8, v = (int)(a[n] * 1000);   /* the inner n: a[8] */
    printf("n=%d v=%d\n", n, v);
  }
  free(a);
  return 0;
}
