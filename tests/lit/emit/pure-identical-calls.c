// Identical calls of a DELAYED_PURE function are computed once, as Dask's
// pure=True gives them one key: the second becomes a copy of the first's
// result.  Not when the calls could differ: other arguments, an argument
// assigned between them or whose address is taken, a pointer argument, the
// first result assigned between, a label between them, a callee whose body
// has side effects (said in --explain), a callee that is not DELAYED_PURE,
// results of two types (`char c = sq(20); int d = sq(20);`: a copy would give
// d -112), an asm statement that may change an argument (blind tests).
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s --check-prefix=EXPLAIN --implicit-check-not='is the same as' < %t.err
// RUN: FileCheck %s --check-prefix=CODE < %t.c
// RUN: %cc-gcc -O2 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: %cc-gcc -O2 -Wall -Wextra %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: env OMP_NUM_THREADS=1 %t.bin > %t.got1 && diff %t.want %t.got1
// RUN: env OMP_NUM_THREADS=4 %t.bin > %t.got4 && diff %t.want %t.got4
//
// EXPLAIN-DAG: pure-identical-calls.c:[[@LINE+21]]:11: explain: call of 'sq' is the same as line [[@LINE+20]]'s (DELAYED_PURE, the same arguments): computed once, 'b' is a copy of 'a'
// EXPLAIN-DAG: pure-identical-calls.c:[[@LINE+24]]:7: explain: call of 'sq' is the same as line [[@LINE+23]]'s {{.*}} 'e' is a copy of 'd'
// EXPLAIN-DAG: pure-identical-calls.c:[[@LINE+53]]:13: explain: call of 'sq' is the same as line [[@LINE+52]]'s {{.*}} 'v' is a copy of 'u'
// EXPLAIN-DAG: pure-identical-calls.c:[[@LINE+39]]:12: explain: call of 'tick' is the same as line [[@LINE+38]]'s but is computed again: 'tick' is DELAYED_PURE but touches more than its arguments: {{.*}}ticks
// CODE: b = a;
// CODE: e = d;
// CODE: v = u;
#include <stdio.h>
#include "delayed.h"

int ticks;
DELAYED_PURE int sq(int x) { return x * x; }
DELAYED_PURE int tick(int x) { ticks++; return x + 1; }
DELAYED_PURE int first(DELAYED_IN_N(1) const int *p) { return p[0]; }
DELAYED int twice(int x) { return 2 * x; }
DELAYED int add(int x, int y) { return x + y; }
DELAYED void bump(DELAYED_INOUT_N(1) int *p) { p[0] += 10; }
enum { SEVEN = 7 };

int main(void) {
  int a = sq(7);
  int b = sq(SEVEN);
  int c = sq(8);                       /* other arguments */
  int d, e;
  d = sq(a - 40);
  e = sq(a -   40);
  int x = 3;
  int p = sq(x);
  x++;
  int q = sq(x);                       /* x assigned between */
  int y = 4;
  bump(&y);
  int r1 = sq(y);
  int r2 = sq(y);                      /* y's address is taken */
  int m = sq(5);
  m = 1;
  int n = sq(5);                       /* the first result assigned between */
  int arr[1] = {6};
  int f1 = first(arr);
  arr[0] = 9;
  int f2 = first(arr);                 /* a pointer argument */
  int t1 = tick(1);
  int t2 = tick(1);                    /* a body with side effects */
  int w1 = twice(3);
  int w2 = twice(3);                   /* not DELAYED_PURE */
  int g1 = sq(2);
  if (c > 0) goto skip;
  g1 = 0;
skip:;
  int g2 = sq(2);                      /* a label between */
  char cn = sq(20);
  int dn = sq(20);                     /* another type: 400, not -112 */
  int out[4];
  for (int i = 0; i < 4; i++) {
    int u = sq(i);
    int v = sq(i);
    out[i] = add(u, v);
  }
  delayed_compute(a, b, c, d, e, p, q, r1, r2, m, n, f1, f2, t1, t2, w1, w2, g1, g2, out);
  printf("%d %d %d %d %d %d %d %d %d %d %d\n", a, b, c, d, e, p, q, r1, r2, m, n);
  printf("%d %d %d %d %d %d %d %d %d\n", f1, f2, t1, t2, ticks, w1, w2, g1, g2);
  printf("%d %d %d %d %d %d\n", out[0], out[1], out[2], out[3], cn, dn);
  return 0;
}
