/* covers: x += f(i), x -= g(i), x *= h(i) in a loop on a local scalar (reduction order matters for *=) */
#include <stdio.h>
#include "delayed.h"

DELAYED long f(int i) { return (long)i * i + 1; }
DELAYED long g(int i) { return i % 3; }
DELAYED long h(int i) { return i % 2 ? 3 : 1; }

int main(void) {
  long x = 5, y = 100, z = 1;
  for (int i = 0; i < 20; i++) {
    x += f(i);
    y -= g(i);
    z = (z * h(i)) % 1000003;
    z *= h(i + 1);
    z %= 1000003;
  }
  printf("%ld %ld %ld\n", x, y, z);
  return 0;
}
