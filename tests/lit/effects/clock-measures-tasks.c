// Timing a section: `c1 = clock()` after the tasks reads the clock after
// their work in the serial program, so it waits for the tasks spawned before
// it (every task of a function that measures time reads the clocks), and the
// program prints what the serial one prints (blind round 57: "work measured:
// no").  A function that reads no clock in ordinary code and whose tasks hand
// no reading out gets no depend item on the clocks.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck --check-prefix=EXPLAIN %s --input-file=%t.err
// RUN: FileCheck %s --input-file=%t.c
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=1 %t.bin | FileCheck --check-prefix=OUTPUT %s
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUTPUT %s
#include <stdio.h>
#include <time.h>
#include "delayed.h"

DELAYED long slow(int i) {
  long s = 0;
  for (long k = 0; k < 8000000; k++) s += (k + i) % 3;
  return s;
}

static long untimed(void) {
  long a = slow(3), b = slow(4);
  return a + b;
}
// CHECK-LABEL: static long untimed(void)
// CHECK-NOT: delayc_rt_time
// CHECK: return

int main(void) {
  clock_t c0 = clock();
  long a = slow(1), b = slow(2);
  clock_t c1 = clock();
  // EXPLAIN: clock-measures-tasks.c:[[@LINE-1]]:3: explain: waits for the tasks spawned before it: it reads a clock, and the serial program reads it after their work
  printf("work measured: %s\n", (c1 - c0) > CLOCKS_PER_SEC / 1000 ? "yes" : "no");
  printf("%ld %ld\n", a + b, untimed());
  return 0;
}
// OUTPUT: work measured: yes
// OUTPUT-NEXT: 16000001 16000000
