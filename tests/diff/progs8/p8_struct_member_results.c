/* Results stored into struct members, nested members, array-of-struct members and
 * members reached through a pointer. */
#include <stdio.h>
#include "delayed.h"

typedef struct { long x, y; } Pt;
typedef struct { long sum; Pt inner; long hist[4]; } Box;

DELAYED long fx(long i) {
  long s = i + 3;
  for (int k = 0; k < 20000; k++) s = (s * 11 + k) % 30011;
  return s;
}

DELAYED long fy(long x, long i) {
  long s = x ^ i;
  for (int k = 0; k < 20000; k++) s = (s * 13 + k) % 30029;
  return s;
}

DELAYED Pt mkpt(long a, long b) {
  Pt p = { fx(a) % 100, b };
  return p;
}

int main(void) {
  Pt pts[8];
  for (int i = 0; i < 8; i++) {
    pts[i].x = fx(i);
    pts[i].y = fy(pts[i].x, i);
  }
  Box box;
  Box *pb = &box;
  box.sum = fx(99);
  box.inner.x = fy(box.sum, 1);
  pb->inner.y = fy(pb->inner.x, 2);
  for (int i = 0; i < 4; i++) pb->hist[i] = fx(pts[2 * i].y);
  Pt c = mkpt(box.hist[3], pts[7].x);
  pts[0] = mkpt(c.x, c.y);
  for (int i = 0; i < 8; i++) printf("pt %d: %ld %ld\n", i, pts[i].x, pts[i].y);
  printf("box: %ld (%ld,%ld) %ld %ld %ld %ld\n", box.sum, box.inner.x, box.inner.y, box.hist[0],
         box.hist[1], box.hist[2], box.hist[3]);
  printf("c: %ld %ld\n", c.x, c.y);
  return 0;
}
