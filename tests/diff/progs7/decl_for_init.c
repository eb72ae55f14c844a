/* covers: multiple delayed initialisers in a for-init declaration used as loop bounds; decl in nested block shadowing */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int x) { return x + 1; }
DELAYED int g(int x) { return x * 2; }

int main(void) {
  int total = 0;
  for (int lo = f(0), hi = g(lo + 3), step = f(1); lo < hi; lo += step) total += lo;
  int a = f(5);
  {
    int a = g(1), b = a + f(a);
    total += a * 100 + b;
  }
  total += a;
  printf("%d\n", total);
  return 0;
}
