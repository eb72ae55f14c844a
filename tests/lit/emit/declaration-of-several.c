// Declarations of several variables.  When every declarator is initialized by
// a delayed call alone, each is a task; when one of those calls must stay
// serial, all of them do and the statement stays as written (it was dropped:
// "'y' undeclared").  Calls in a declaration that mixes calls and other
// initializers are hoisted before it, unless they name one of its variables.
//
// RUN: %delayc emit %s -o %t.c --explain -- -Wno-unused 2> %t.err
// RUN: %join-lines %t.c | FileCheck %s
// RUN: FileCheck --check-prefix=EXPLAIN %s --input-file=%t.err
// RUN: %cc-gcc -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUT %s
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long g(DELAYED_IN_N(n) const long *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

DELAYED int f(int x) { return x * 3; }

int main(void) {
  long *a = calloc(10, sizeof *a);
  for (int i = 0; i < 10; i++) a[i] = i;
  long *end = a + 10;
  long *b2 = calloc(10, sizeof *b2);
  for (int i = 0; i < 10; i++) b2[i] = 2 * i;
  long *q = end - 5, **pq = &q;           /* q's address is taken: g(q, 5) stays serial */
  // CHECK: long x = g(q, 5), y = g(b2, 5);
  long x = g(q, 5), y = g(b2, 5);
  // CHECK: omp task{{.*}}f(
  // CHECK: omp task{{.*}}f(
  // CHECK: int b = __dc{{[0-9]*}}_t{{[0-9]+}}, c = b + __dc{{[0-9]*}}_t{{[0-9]+}}, d = f(b);
  int b = f(1), c = b + f(2), d = f(b);
  printf("%ld %ld %d %d %d %d\n", x, y, b, c, d, *pq > a);
  free(a);
  free(b2);
  return 0;
}
// EXPLAIN-DAG: declaration-of-several.c:32:12: explain: call of 'g' runs serially: pointer argument 'q'
// EXPLAIN-DAG: declaration-of-several.c:32:25: explain: call of 'g' runs serially: another call of its declaration runs serially (declare each variable on its own line)
// EXPLAIN-DAG: declaration-of-several.c:36:35: explain: call of 'f' runs serially: in a declaration of several variables, one of which it names
// OUT: 35 20 3 9 9 1
