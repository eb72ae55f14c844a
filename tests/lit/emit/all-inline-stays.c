// A function whose every delayed call runs inline (its result read at once,
// in a loop over pointers that may alias) spawns nothing: it stays as written,
// with no parallel region, no task slots and no waits before each call (blind
// round 62b: 200,000 inline calls took 0.77 s at 2 threads with clang, against
// nothing serially).  The explain still says why the call runs inline.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --check-prefix=EXPLAIN --input-file=%t.err
// EXPLAIN: call of 'tiny' runs inline: its result is read at once
// RUN: FileCheck %s --input-file=%t.c
// CHECK: static void run(const int *in, int *out, int n) {
// CHECK-NOT: {{omp_get}}_level
// CHECK-NOT: {{DELAYC_RT}}_WAIT
// CHECK-NOT: {{delayc_rt}}_slot
// CHECK: out[i] = tiny(in[i]) & 1023;
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=2 %t.bin | diff %t.want -
#include <stdio.h>
#include "delayed.h"

#define N 20000

DELAYED int tiny(int x) { return x * 2 + 1; }

static void run(const int *in, int *out, int n) {
  for (int i = 0; i < n; i++)
    out[i] = tiny(in[i]) & 1023;
}

int main(void) {
  static int a[N + 1];
  for (int i = 0; i <= N; i++) a[i] = i % 10;
  run(a, a + 1, N);
  long s = 0;
  for (int i = 0; i <= N; i++) s += a[i];
  printf("%ld %d\n", s, a[N]);
  return 0;
}
