/* Statement expressions (glibc assert, a MAX macro with typeof, ({ ... }) blocks) in a
 * function that spawns tasks: their statements stay ordinary code, and the
 * statement around them waits for what they read. */
#include <stdio.h>
#include <assert.h>
#include "delayed.h"
#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
DELAYED int sq(int x) { return x * x; }
DELAYED void fill(DELAYED_OUT_N(n) int *a, int n, int v) { for (int i = 0; i < n; i++) a[i] = v + i; }
int main(void) {
  int buf[8], r[4];
  int c = sq(5);
  int d = sq(6);
  printf("start\n");
  int t = ({ int z = c; z + 1; });
  for (int i = 0; i < 4; i++) r[i] = sq(i);
  fill(buf, 8, 2);
  int m = MAX(r[3], buf[7]);
  assert(m == 10 || m == 9);
  int u = ({ int k = 0; for (int i = 0; i < 4; i++) k += r[i]; k; });
  printf("%d %d %d %d\n", t, d, m, u);
  return 0;
}
