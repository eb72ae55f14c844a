/* pure_shadow_same_block.c — written blind (from the user docs) to break DELAYED_PURE's merges and memo; kept as a regression test. */
/* a declaration between two identical calls, in the same block, shadows a name of the arguments */
#include <stdio.h>
#include <fenv.h>
#include "delayed.h"

DELAYED_PURE int sq(int x) {
  int s = 0;
  for (int i = 0; i < 50000; i++) s += (x + i) & 1;
  return x * x + 0 * s;
}
DELAYED_PURE int sz(unsigned long n) { int s = 0; for (int i = 0; i < 50000; i++) s += (int)(n + i) & 1; return (int)n + 0 * s; }

enum { E = 4 };
typedef int T;
int gx = 6;

int main(int argc, char **argv) {
  (void)argv;
  int x = 3;
  {
    int a = sq(x);        /* the outer x: 3 */
    int x = 5;            /* declared, not assigned: shadows from here */
    int b = sq(x);        /* 25 */
    printf("shadow local: %d %d\n", a, b);
  }
  {
    int a = sq(E);        /* 16 */
    enum { E = 7 };
    int b = sq(E);        /* 49 */
    printf("shadow enum: %d %d\n", a, b);
  }
  {
    int a = sz(sizeof(T));   /* 4 */
    typedef double T;
    int b = sz(sizeof(T));   /* 8 */
    printf("shadow typedef: %d %d\n", a, b);
  }
  {
    int a = sq(gx);       /* the global: 36 */
    int gx = 2;
    int b = sq(gx);       /* 4 */
    printf("shadow global: %d %d\n", a, b);
  }
  {
    int a = sq(argc);     /* the parameter: 1 */
    int argc = 9;
    int b = sq(argc);     /* 81 */
    printf("shadow param: %d %d\n", a, b);
  }
  {
    int a = sq(x + 1);
    static int x = 10;
    int b = sq(x + 1);
    printf("shadow static: %d %d\n", a, b);
  }
  {
    int a = sq((x++, 3));
    int b = sq((x++, 3));
    printf("comma side effect: %d %d x=%d\n", a, b, x);
  }
  {
    int y = 1;
    int a = sq((y = 7, 3));
    int b = sq((y = 7, 3));
    printf("comma assign: %d %d y=%d\n", a, b, y);
  }
  {
    int a = sz((unsigned long)(2.0 / 3.0 * 3e9));
    double q = 3e9;
    int b = sz((unsigned long)(2.0 / 3.0 * 3e9));
    printf("const fp: %d %d %g\n", a, b, q);
  }
  return 0;
}
