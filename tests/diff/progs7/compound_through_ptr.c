/* covers: *p += f() where p points to a local, then p moved; s.m += f(); ps->m -= f() */
#include <stdio.h>
#include "delayed.h"

typedef struct { int m; long n; } S;
DELAYED int f(int k) { return k * 3 + 1; }
DELAYED long g(long k) { return k * k; }

int main(void) {
  int u = 1, v = 2;
  int *p = &u;
  *p += f(1);
  p = &v;
  *p += f(2);
  *p *= f(3);
  S s = {10, 20};
  S *ps = &s;
  s.m += f(4);
  ps->n -= g(s.m);
  ps->m += f(ps->m);
  s.n += g(2);
  printf("%d %d %d %ld\n", u, v, s.m, s.n);
  return 0;
}
