/* A global struct whose array member the tasks fill (GS.vals[i] =
 * work(i)) while ordinary code reads and writes its other members: the loop
 * condition `i < GS.n` waits for no task (blind round 51b: every iteration
 * waited, peak 1), a read of an element still being computed waits for it,
 * a store to another member does not, and a DELAYED function reading the
 * whole struct waits for all of them. */
#include <stdio.h>
#include "delayed.h"
struct { long vals[8]; int n; long tag; } GS;
DELAYED long work(int x) { long s = 0; for (long k = 0; k < 400000; k++) s += (x ^ k) & 5; return s; }
DELAYED long total(void) { long t = GS.tag; for (int i = 0; i < GS.n; i++) t += GS.vals[i] * (i + 1); return t; }
int main(void) {
  GS.n = 8;
  for (int i = 0; i < GS.n; i++) GS.vals[i] = work(i);
  GS.tag = GS.vals[3] + 1;
  GS.vals[5] += 7;
  long t = total();
  printf("%ld %ld %ld\n", GS.tag, GS.vals[5], t);
  return 0;
}
