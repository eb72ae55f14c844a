/* Task regions whose start reads an array (a + off[i]) that ordinary code changes between
 * the spawns: every spawn reads it as it is then, and the overlaps stay ordered. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED void bump(DELAYED_INOUT_N(n) long *x, int n, long v) {
  for (int r = 0; r < 2000; r++) for (int i = 0; i < n; i++) x[i] = (x[i] * 3 + v + r) % 10007;
}
DELAYED long total(DELAYED_IN_N(n) const long *x, int n) { long s = 0; for (int i = 0; i < n; i++) s += x[i]; return s; }
int main(void) {
  long a[64] = {0};
  long *h = calloc(64, sizeof *h);
  int off[8] = {0, 8, 16, 24, 4, 12, 20, 28};
  long t[8];
  for (int i = 0; i < 8; i++) {
    bump(a + off[i], 8, i);
    bump(h + off[i], 8, i);
    off[i] = (off[i] + 2) % 56;
    t[i] = total(a + off[i], 8);
    off[i] += 1;
    bump(&a[off[i]], 4, 100 + i);
  }
  long s = 0;
  for (int i = 0; i < 8; i++) s += t[i] * (i + 1);
  for (int i = 0; i < 64; i++) s += a[i] * i + h[i];
  printf("%ld\n", s);
  free(h);
  return 0;
}
