/* covers: array initialiser list made of delayed calls, mixed with constants, then partially overwritten */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int x) { return x * x + 1; }

int main(void) {
  int n = 3, v[6] = {f(1), 2, f(n), f(f(2))}, w = v[1] + f(v[0]);
  v[4] = f(v[3] % 10);
  for (int i = 0; i < 6; i++) printf("%d ", v[i]);
  printf("%d\n", w);
  return 0;
}
