/* pts[i].x / pts[i].y accessed by ordinary code while tasks transform
 * disjoint and overlapping ranges of the same heap array of structs. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { double x, y; } Pt;

DELAYED void rotate(DELAYED_INOUT_N(n) Pt *p, int n, double c, double s) {
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < n; i++) {
      double x = p[i].x * c - p[i].y * s;
      double y = p[i].x * s + p[i].y * c;
      p[i].x = x;
      p[i].y = y;
    }
}

DELAYED double spread(DELAYED_IN_N(n) const Pt *p, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += fabs(p[i].x) + fabs(p[i].y);
  return s;
}

int main(void) {
  int n = 60;
  Pt *pts = malloc(sizeof *pts * (size_t)n);
  if (!pts) return 1;
  for (int i = 0; i < n; i++) { pts[i].x = i % 7; pts[i].y = i % 5 - 2; }
  rotate(pts, n / 2, 0.6, 0.8);
  double x40 = pts[40].x;             /* disjoint */
  pts[45].y = 3.0;                    /* disjoint */
  double y10 = pts[10].y;             /* overlaps */
  rotate(pts + n / 2, n / 2, 0.8, -0.6);
  pts[29].x = pts[30].x;              /* reads second half, writes first */
  double s1 = spread(pts, n);
  pts[0].y += 1.0;
  rotate(pts + 20, 20, 0.0, 1.0);
  double x25 = pts[25].x, x15 = pts[15].x;
  double s2 = spread(pts + 10, 40);
  printf("x40=%.6f y10=%.6f x25=%.6f x15=%.6f s1=%.6f s2=%.6f\n", x40, y10, x25, x15, s1, s2);
  printf("p0=(%.6f,%.6f) p59=(%.6f,%.6f)\n", pts[0].x, pts[0].y, pts[59].x, pts[59].y);
  free(pts);
  return 0;
}
