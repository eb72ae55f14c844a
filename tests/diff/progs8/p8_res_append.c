/* res[n++] = f(x): appends under conditions on the data and on earlier results. */
#include <stdio.h>
#include "delayed.h"

DELAYED long f(long x) {
  long s = x * x + 1;
  for (int k = 0; k < 20000; k++) s = (s * 3 + k) % 65521;
  return s;
}

int main(void) {
  long res[64], keep[64], pair[64];
  int n = 0, m = 0, q = 0;
  for (long x = 0; x < 30; x++)
    if (x % 3 != 0) res[n++] = f(x);
  for (long x = 0; x < 30; x++) {
    keep[m] = f(x + 1000);
    if (keep[m] % 2 == 0) m++;         /* keep only even results */
  }
  for (int i = 0; i + 1 < n; i += 2) {
    pair[q++] = f(res[i]);
    pair[q] = f(res[i + 1] + pair[q - 1]);
    q++;
  }
  printf("n=%d m=%d q=%d\n", n, m, q);
  for (int i = 0; i < n; i++) printf("res[%d]=%ld\n", i, res[i]);
  for (int i = 0; i < m; i++) printf("keep[%d]=%ld\n", i, keep[i]);
  for (int i = 0; i < q; i++) printf("pair[%d]=%ld\n", i, pair[i]);
  return 0;
}
