/* Results stored into members of a local struct, t.a = work(1) and
 * t.b[k] = work(k + 5) (blind round 51b: the loop's calls were serial, "the
 * element its result goes to is named by a value a task writes"); a read of
 * one element in the loop waits for its task only, and the struct copied
 * whole after waits for all of them. */
#include <stdio.h>
#include "delayed.h"
typedef struct { long a; long b[6]; long c; } T;
DELAYED long work(int x) { long s = 0; for (long k = 0; k < 300000; k++) s += (x ^ k) & 3; return s; }
int main(void) {
  T t;
  t.a = work(1);
  t.c = 0;
  for (int k = 0; k < 6; k++) {
    t.b[k] = work(k + 5);
    if (k == 3) t.c = t.b[1] + 1;
  }
  T u = t;
  printf("%ld %ld %ld %ld\n", u.a, u.b[0] + u.b[5], u.c, t.b[2]);
  return 0;
}
