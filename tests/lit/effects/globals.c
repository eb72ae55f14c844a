// Globals: tasks name a mutable global in their depend clauses (in to read,
// inout to write) when the spawning function can name it; a static local of
// the callee, or a global declared after the spawning function, is
// delayc_rt_globals; a const table is no dependency at all.  Ordinary code
// that reads the global waits for the writers.
//
// RUN: %delayc emit %s -o %t.c
// RUN: FileCheck %s --input-file=%t.c
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUTPUT %s
#include <stdio.h>
#include "delayed.h"

static long total;
static const int weights[4] = {1, 2, 3, 4};

DELAYED long add(int x) { total += x * weights[x % 4]; return total; }
DELAYED long peek(int x) { return total + x; }
DELAYED int calls(void) { static int n; return ++n; }
DELAYED int late(int x);

int main(void) {
  // CHECK: depend(inout: total){{.*}}add(
  long a = add(1);
  // CHECK: depend(in: total){{.*}}peek(
  long p = peek(0);
  // CHECK: depend(inout: total){{.*}}add(
  long b = add(2);
  // CHECK: depend(inout: delayc_rt_globals){{.*}}calls(
  int c = calls();
  // CHECK: depend(inout: delayc_rt_globals){{.*}}late(
  int d = late(3);
  // CHECK: DELAYC_RT_WAIT(depend(in: total{{.*}})) printf(
  printf("%ld %ld %ld %d %d %ld\n", a, p, b, c, d, total);
  return 0;
}

static int later;
DELAYED int late(int x) { return later += x; }
// OUTPUT: 2 2 8 1 3 8
