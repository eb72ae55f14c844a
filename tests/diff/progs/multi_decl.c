/* multi_decl.c — several variables declared in one statement, each initialized
 * by a delayed call (`int a = f(1), b = f(2), c = f(3);`): each is a task that
 * declares its variable, in order; a later declarator reads an earlier one;
 * in a loop body, at file level of a block, with a struct result; a statement
 * mixing a call and a plain initializer stays as it was. */
#include <stdio.h>
#include "delayed.h"

typedef struct { int lo, hi; } Pair;

DELAYED int feature(int r, int k) {
  int v = r * 17 + k;
  for (int i = 0; i < 300; i++) v = (v * 31 + i) % 10007;
  return v;
}

DELAYED int combine(int a, int b, int c) { return (a + 2 * b + 3 * c) % 10007; }
DELAYED Pair span(int x) { Pair p = {x - 1, x + 1}; return p; }

int main(void) {
  int out[8];
  for (int r = 0; r < 8; r++) {
    int a = feature(r, 1), b = feature(r, 2), c = feature(r, 3);
    out[r] = combine(a, b, c);
  }
  int x = feature(1, 1), y = feature(x % 7, 2);    /* y reads x */
  Pair p = span(3), q = span(x % 5);
  int m = feature(2, 2), n = 5;                       /* mixed: stays ordinary */
  {
    long u = feature(9, 9), w = feature(8, 8);
    printf("%ld %ld\n", u, w);
  }
  printf("%d %d %d %d %d %d %d %d\n", x, y, p.lo, p.hi, q.lo, q.hi, m, n);
  for (int r = 0; r < 8; r++) printf("%d\n", out[r]);
  return 0;
}
