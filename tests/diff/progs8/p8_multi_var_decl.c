/* Multi-variable declarations with delayed initialisers, an initialiser list of
 * delayed calls, and a pointer to a result written through. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int x) {
  int s = x;
  for (int k = 0; k < 30000; k++) s = (s * 7 + k) % 10007;
  return s;
}

DELAYED long g(long x) {
  long s = x + 1;
  for (int k = 0; k < 30000; k++) s = (s * 3 + k) % 100003;
  return s;
}

int main(void) {
  int a = f(1), b = f(2), c = a + b;
  long u = g(3), *pu = &u, v = g(a);
  *pu += g(4);
  int arr[3] = { f(5), f(b), f(7) };
  int d = f(arr[0]), e = d * 2 + f(arr[2]);
  long w = g(u), x = w + *pu;
  printf("a=%d b=%d c=%d\n", a, b, c);
  printf("u=%ld v=%ld arr=%d,%d,%d\n", u, v, arr[0], arr[1], arr[2]);
  printf("d=%d e=%d w=%ld x=%ld\n", d, e, w, x);
  return 0;
}
