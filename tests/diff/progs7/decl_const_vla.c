/* covers: const locals initialised by delayed calls in one declaration; a VLA whose size comes from a delayed call; pointer to a pending result */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int x) { return x + 2; }
DELAYED int g(int x) { return x * 3; }

int main(void) {
  const int a = f(1), b = g(a);
  int n = f(4), v[n], *pa = &n;
  for (int i = 0; i < n; i++) v[i] = g(i);
  int s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  int k = f(10), *pk = &k;
  *pk += 1;
  printf("%d %d %d %d %d %d\n", a, b, n, s, *pa, k);
  return 0;
}
