// The memo's wrapper compiles wherever the DELAYED_PURE function is declared:
// one that calls itself with no prototype before it, one `main` declares only
// inside its body (defined after main), one with a `const` result (blind
// tests: the first two were "undeclared" errors, the third had no memo).
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %cc-gcc -O2 -Wall %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -O2 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.gcc
// RUN: %cc-clang -O2 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: env OMP_NUM_THREADS=4 %t.gcc > %t.g4 && diff %t.want %t.g4
// RUN: env OMP_NUM_THREADS=2 DELAYC_STATS=1 %t.clang 2>&1 > %t.c2 | FileCheck %s --check-prefix=STATS
// RUN: diff %t.want %t.c2
// RUN: %delayc emit --target=pthreads %s -o %t.pt.c
// RUN: %cc-gcc -O2 -Wall -Werror %delayc-cflags %t.pt.c %delayc-rt -lpthread -o %t.pt
// RUN: %t.pt > %t.p && diff %t.want %t.p
//
// CHECK-DAG: call of 'walk' looks its arguments up first
// CHECK-DAG: call of 'heavy' looks its arguments up first
// CHECK-DAG: call of 'steady' looks its arguments up first
// STATS: delayc: memo hits={{[1-9][0-9]*}} of
#include <stdio.h>
#include "delayed.h"

DELAYED_PURE long walk(int depth, long seed) {
  long s = seed;
  for (long i = 0; i < 200000; i++) s = (s * 31 + i) % 1000003;
  if (depth == 0) return s;
  long a = walk(depth - 1, seed % 3);
  long b = walk(depth - 1, seed % 3 + 1);
  return a + b;
}

DELAYED_PURE const long steady(long x) {
  long s = x;
  for (long i = 0; i < 200000; i++) s = (s * 7 + i) % 999983;
  return s;
}

int main(void) {
  DELAYED_PURE long heavy(long x);
  long r[8], t[8];
  for (int i = 0; i < 8; i++) r[i] = heavy(i % 2);
  for (int i = 0; i < 8; i++) t[i] = steady(i % 3);
  long w = walk(4, 1);
  delayed_compute(r, t, w);
  for (int i = 0; i < 8; i++) printf("%ld %ld\n", r[i], t[i]);
  printf("%ld\n", w);
  return 0;
}

DELAYED_PURE long heavy(long x) {
  long s = x;
  for (long i = 0; i < 200000; i++) s = (s * 31 + i) % 1000003;
  return s;
}
