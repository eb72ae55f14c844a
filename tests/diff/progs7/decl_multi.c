/* covers: one declaration of several variables initialised by delayed calls, later ones depending on earlier */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int x) { return x * 3 + 1; }
DELAYED int g(int x) { return x * x - 2; }

int main(void) {
  int a = f(1), b = g(a), c[2] = {f(b), g(2)}, d = 7, e = a + b;
  int x = f(e), y = x + 1, z = g(y);
  printf("%d %d %d %d %d %d %d %d %d %d\n", a, b, c[0], c[1], d, e, x, y, z, f(z));
  return 0;
}
