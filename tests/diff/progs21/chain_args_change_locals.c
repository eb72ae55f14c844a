/* A chain of calls in a loop whose arguments change locals (blind round 60b):
 * `v = step(v, k++)`, `x = relax(x, c + (iters++) * 0.0)`, `y = relax(y, last
 * = c * i + 1)`.  Such a loop is not fused into one task (the task would
 * change its own copies of k, iters and last): the locals after the loop are
 * the serial program's. */
#include <stdio.h>
#include "delayed.h"

DELAYED long step(long x, int k) { return x * 3 + k; }
DELAYED double relax(double x, double c) { return 0.5 * (x + c / x); }

int main(void) {
  long v = 1;
  int k = 0, iters = 0;
  for (int i = 0; i < 5; i++) v = step(v, k++);
  double x = 1.0, c = 2.0, y = 1.0, last = 0;
  for (int i = 0; i < 20; i++) x = relax(x, c + (iters++) * 0.0);
  for (int i = 0; i < 5; i++) y = relax(y, last = c * i + 1);
  long w = 7;
  for (int i = 0; i < 4; i++) w = step(w, k);           /* fused: nothing changes but w */
  printf("v=%ld k=%d x=%.12f iters=%d y=%.12f last=%.1f w=%ld\n", v, k, x, iters, y, last, w);
  return 0;
}
