/* A pointer a function returns may point into what it was given only when
 * one type holds the other: `Node *build(Pt *pts)` builds nodes beside the
 * points (blind round 52a: 'pts' was "address stored", the queries serial),
 * but `float *coord(Pt *p, int i)` returns &p[i].x, into the points, and a
 * `char *` result may point anywhere: writes through those must be ordered
 * with the tasks reading the points. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
typedef struct { float x, y; } Pt;
typedef struct Node { float sx, sy; int n; struct Node *next; } Node;
static Node *build(Pt *pts, int n) {
  Node *r = malloc(sizeof *r);
  r->sx = r->sy = 0; r->n = n; r->next = NULL;
  for (int i = 0; i < n; i++) { r->sx += pts[i].x; r->sy += pts[i].y; }
  return r;
}
static float *coord(Pt *p, int i) { return &p[i].x; }
static char *bytes_of(Pt *p) { return (char *)p; }
DELAYED static double query(const Node *root, DELAYED_IN_N(64) const Pt *pts, int i) {
  double s = 0;
  for (int k = 0; k < 200000; k++) s += pts[(i + k) & 63].x * 0.5 + root->sx * 1e-9;
  return s;
}
int main(void) {
  Pt *pts = malloc(64 * sizeof *pts), *qs = malloc(64 * sizeof *qs);
  for (int i = 0; i < 64; i++) { pts[i].x = qs[i].x = (float)i; pts[i].y = qs[i].y = (float)(64 - i); }
  Node *root = build(pts, 64);
  double r[8];
  for (int i = 0; i < 8; i++) r[i] = query(root, pts, i);        /* tasks */
  float *c = coord(qs, 3);
  r[0] += query(root, qs, 1);
  *c = 100.0f;                 /* into qs: after the query above */
  r[1] += query(root, qs, 2);
  char *b = bytes_of(qs);
  b[4] = 0;                    /* into qs too */
  r[2] += query(root, qs, 3);
  double t = 0;
  for (int i = 0; i < 8; i++) t += r[i] * (i + 1);
  printf("%.3f %d\n", t, root->n);
  free(root);
  free(pts);
  free(qs);
  return 0;
}
