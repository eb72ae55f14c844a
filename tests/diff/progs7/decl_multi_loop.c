/* covers: multi-variable declarations with delayed initialisers inside a loop body, accumulated afterwards */
#include <stdio.h>
#include "delayed.h"

DELAYED long f(long x) { return x * 5 + 3; }
DELAYED long g(long x) { return x % 7 + 1; }

int main(void) {
  long acc = 0, last = 0;
  for (int i = 0; i < 12; i++) {
    long a = f(i), b = g(a), k = i * 2, c = f(b + k);
    acc = acc * 31 % 1000003 + a + b * 2 + c * 3;
    last = c;
  }
  printf("%ld %ld\n", acc, last);
  return 0;
}
