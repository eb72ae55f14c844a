/* covers: declarations of several struct variables initialised by delayed calls, and a struct built from them */
#include <stdio.h>
#include "delayed.h"

typedef struct { int x, y; } P;
DELAYED P mk(int a, int b) { P p = {a, b}; return p; }
DELAYED P add(P a, P b) { P p = {a.x + b.x, a.y + b.y}; return p; }
DELAYED int dot(P a, P b) { return a.x * b.x + a.y * b.y; }

int main(void) {
  P a = mk(1, 2), b = mk(3, 4), c = add(a, b), arr[2] = {{5, 6}, {7, 8}};
  int d = dot(c, arr[1]), e = dot(a, b);
  P q = {d, e}, r = add(q, c);
  printf("%d %d %d %d %d %d %d\n", c.x, c.y, d, e, r.x, r.y, arr[0].x);
  return 0;
}
