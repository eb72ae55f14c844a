// main spawns no task itself but calls, in a loop, a function that does
// (blind round 61a: a page check spawning its checksums, called 3000 times):
// main opens the parallel region the program runs in, so that the callee
// does not open and close one per call (3 to 12 times slower than serial at
// 2 threads).  main with OpenMP of its own (-DOWN_OMP) opens none: a region
// around it would nest the user's.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err --check-prefix=EXPLAIN
// RUN: %join-lines %t.c | FileCheck %s
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=2 %t.bin | diff %t.want -
// RUN: %delayc emit %s -o %t.own.c -- %delayc-cflags -DOWN_OMP
// RUN: %join-lines %t.own.c | FileCheck %s --check-prefix=OWN
#include <stdio.h>
#include "delayed.h"

DELAYED static unsigned long mix(unsigned long seed, int n) {
  unsigned long h = seed;
  for (int i = 0; i < n; i++) h = h * 1099511628211ul ^ (unsigned long)i;
  return h;
}

static unsigned long check(unsigned long k) {
  unsigned long a = mix(k, 20000), b = mix(k + 1, 20000), c = mix(k + 2, 20000);
  return a ^ b ^ c;
}

int main(void) {
  unsigned long all = 0;
#ifdef OWN_OMP
#pragma omp parallel for reduction(^ : all)
#endif
  for (int k = 0; k < 200; k++) all ^= check((unsigned long)k);
  printf("%lu\n", all);
  return 0;
}
// EXPLAIN: main-opens-region.c:31:1: explain: 'main' opens the parallel region its callees' tasks run in
// CHECK: int main(void) { if (omp_get_level() == 0) { int __dc_r = {0}; _Pragma("omp parallel") _Pragma("omp master") __dc_r = main(); return __dc_r; }
// OWN: int main(void) {{{$}}
