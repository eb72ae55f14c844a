/* Results stored into struct members: box.sum = f(x), pts[i].y = g(i) on a
 * heap array, while ordinary code reads other members. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { double x, y; int tag; } Pt;
typedef struct { double sum; long count; double *vals; } Box;

DELAYED double g(int i) {
  double s = 0;
  for (int k = 1; k < 3000; k++) s += (double)((i * k) % 17) / k;
  return s;
}

DELAYED double fsum(DELAYED_IN_N(n) const double *v, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += v[i] * v[i];
  return s;
}

DELAYED long cnt(DELAYED_IN_N(n) const double *v, int n, double lim) {
  long c = 0;
  for (int i = 0; i < n; i++) c += v[i] > lim;
  return c;
}

int main(void) {
  int n = 12;
  Pt *pts = malloc(sizeof *pts * (size_t)n);
  if (!pts) return 1;
  for (int i = 0; i < n; i++) { pts[i].x = i * 0.5; pts[i].tag = i % 3; }
  for (int i = 0; i < n; i++) pts[i].y = g(i);
  double sx = 0;
  for (int i = 0; i < n; i++) sx += pts[i].x;       /* other member */
  Box box;
  box.vals = malloc(sizeof(double) * (size_t)n);
  if (!box.vals) return 1;
  for (int i = 0; i < n; i++) box.vals[i] = pts[i].y + pts[i].tag;  /* reads results */
  box.sum = fsum(box.vals, n);
  box.count = cnt(box.vals, n, 5.0);
  box.vals[0] = -1.0;                               /* after both read it */
  Box *bp = &box;
  bp->sum += fsum(bp->vals, 1);
  pts[2].x = pts[3].y;
  pts[3].y = g(pts[2].tag + 20);
  printf("sx=%.4f sum=%.6f count=%ld\n", sx, box.sum, box.count);
  for (int i = 0; i < n; i++) printf("pt %d: %.4f %.6f %d\n", i, pts[i].x, pts[i].y, pts[i].tag);
  free(box.vals);
  free(pts);
  return 0;
}
