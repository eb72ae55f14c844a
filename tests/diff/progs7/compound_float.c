/* covers: compound ops on double/float (order-sensitive floating sums) and /= */
#include <stdio.h>
#include "delayed.h"

DELAYED double f(int i) { return 1.0 / (i + 1) + (i % 2 ? 1e10 : -1e10); }
DELAYED float g(int i) { return (float)i * 0.1f; }

int main(void) {
  double s = 0.0;
  float t = 1.0f;
  double q = 1e6;
  for (int i = 0; i < 30; i++) {
    s += f(i);
    t += g(i);
    q /= f(i % 4) * 1e-10 + 2.0;
  }
  printf("%.17g %.9g %.17g\n", s, (double)t, q);
  return 0;
}
