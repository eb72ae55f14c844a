/* Ordinary code reads and writes single elements of a block whose halves
 * are written by tasks, in between the delayed calls. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_N(n) double *p, int n, double base) {
  for (int i = 0; i < n; i++) {
    double v = base;
    for (int k = 0; k < 300; k++) v = v * 0.5 + (double)((i + k) % 7);
    p[i] = v;
  }
}

DELAYED void scale(DELAYED_INOUT_N(n) double *p, int n, double f) {
  for (int i = 0; i < n; i++) p[i] = p[i] * f + 0.25;
}

DELAYED void relax(DELAYED_INOUT_N(n) double *p, int n, int rounds) {
  for (int r = 0; r < rounds; r++)
    for (int i = 0; i < n; i++) p[i] = 0.75 * p[i] + 0.25 * (double)((i + r) % 5);
}

DELAYED double total(DELAYED_IN_N(n) const double *p, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += p[i] * (double)(i % 3 + 1);
  return s;
}

int main(void) {
  int n = 64;
  double *a = malloc(sizeof *a * 2 * (size_t)n);
  if (!a) return 1;
  fill(a, n, 1.0);          /* first half */
  fill(a + n, n, 2.0);      /* second half */
  double first = a[3];      /* reads the first half */
  a[n + 5] = -1.0;          /* writes the second half */
  scale(a, n, 2.0);         /* task on the first half */
  double mid = a[n + 5];    /* disjoint from scale */
  a[n - 1] = 100.0;         /* overlaps scale: after it */
  double t1 = total(a, 2 * n);
  a[0] = 7.0;               /* after total read it */
  scale(a + n, n, 3.0);
  double t2 = total(a, n);
  double last = a[2 * n - 1];
  a[n] += 1.0;
  relax(a + n, n, 20000);
  int k = 0;
  double probe = 0;
  if ((k = n + 3) < 2 * n && a[k] < 2.0) probe = a[k];   /* index set in the condition */
  double t3 = total(a + n, n);
  printf("first=%.6f mid=%.6f last=%.6f probe=%.6f\n", first, mid, last, probe);
  printf("t1=%.6f t2=%.6f t3=%.6f\n", t1, t2, t3);
  printf("a[0]=%.6f a[n-1]=%.6f a[n]=%.6f\n", a[0], a[n - 1], a[n]);
  free(a);
  return 0;
}
