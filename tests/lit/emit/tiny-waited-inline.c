// The README's seed loop without `restrict` (blind round 61b): inc and dbl
// are spawned, and add, run in place, waits for both in the same iteration,
// a million times (300 times slower than serial).  Calls smaller than a task
// costs, waited for in their own iteration, run inline.  A call of more work
// (-DBIG) stays a task: beside its sibling it gains.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=2 %t.bin | diff %t.want -
// RUN: %delayc emit %s -o %t.big.c --explain -- %delayc-cflags -DBIG 2>&1 | FileCheck %s --check-prefix=BIG
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#ifdef BIG
DELAYED int inc(int x) { int s = x; for (int k = 0; k < 20000; k++) s = (s * 7 + k) % 1000003; return s; }
#else
DELAYED int inc(int x) { return x + 1; }
#endif
DELAYED int dbl(int x) { return 2 * x; }
DELAYED int add(int a, int b) { return a + b; }

void run(const int *data, int *output, int n) {
  for (int i = 0; i < n; i++) {
    int a = inc(data[i]);
    int b = dbl(data[i]);
    int c = add(a, b);
    output[i] = c;
  }
}

int main(void) {
  int n = 100000;
  int *d = malloc(n * sizeof *d), *o = malloc(n * sizeof *o);
  long s = 0;
  for (int i = 0; i < n; i++) d[i] = i % 100;
  run(d, o, n);
  for (int i = 0; i < n; i++) s += o[i];
  printf("%ld\n", s);
  free(d);
  free(o);
  return 0;
}
// CHECK-DAG: tiny-waited-inline.c:28:13: explain: call of 'inc' runs inline: the iteration waits for it further on, and about {{[0-9]+}} ns is less than a task costs
// CHECK-DAG: tiny-waited-inline.c:29:13: explain: call of 'dbl' runs inline: the iteration waits for it further on
// CHECK-NOT: not batches
// BIG-NOT: call of 'inc' runs inline
