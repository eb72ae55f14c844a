/* unity_two_parts/geom.c — area 5: first part of the unity build; DELAYED geometry
 * kernels on points passed by value or by pointer. */
#include "delayed.h"

typedef struct {
  long x, y;
} Pt;

DELAYED long dist2(Pt a, Pt b) {
  long dx = a.x - b.x, dy = a.y - b.y;
  return dx * dx + dy * dy;
}

DELAYED void translate(Pt *p, long dx, long dy) {
  p->x += dx;
  p->y += dy;
}
