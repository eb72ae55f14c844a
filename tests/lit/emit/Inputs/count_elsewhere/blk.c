/* blk_fill writes n elements; its declaration says n / 2 (wrong). The
 * earlier calls take longer, so that a task racing a later one loses. */
#include "blk.h"
static long spin(int k) { long s = 0; for (long i = 0; i < (8 - k) * 300000L; i++) s += i % 3; return s; }
DELAYED void blk_fill(DELAYED_OUT_N(n / 2) int *a, int n, int m, int v) {
  long s = spin(v);
  (void)m;
  for (int i = 0; i < n; i++) a[i] = v * 100 + i + (int)(s & 0);
}
