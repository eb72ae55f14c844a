/* covers: results in a 3-D local array, a plane passed to a DELAYED function with IN_N, and a helper reading z[i][j] */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int i, int j, int k) { return i * 100 + j * 10 + k; }
DELAYED long plane(DELAYED_IN_N(n) const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = s * 3 + p[i];
  return s;
}
static int line(const int *l) { return l[0] + l[1] * 2 + l[2] * 3; }

int main(void) {
  int z[3][3][3];
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++)
      for (int k = 0; k < 3; k++) z[i][j][k] = f(i, j, k);
  long p1 = plane(&z[1][0][0], 9);
  int l = line(z[2][1]);
  z[0][0][0] = f(9, 9, 9);
  long p0 = plane(z[0][0], 9);
  printf("%ld %d %ld %d\n", p1, l, p0, z[2][2][2]);
  return 0;
}
