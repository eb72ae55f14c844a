// Tasks that read the clocks (clock, time, clock_gettime) keep their order:
// a clock read after another reads a later time in the serial program, and a
// program may compare them (tests/diff/progs4/clock_order.c with every
// function DELAYED: `start_ns[i] = now_ns(); ... end_ns[i] = now_ns();` as
// two tasks read the end first, "trace complete: no").
//
// RUN: %delayc emit %s -o %t.c
// RUN: FileCheck %s --input-file=%t.c
#include <stdio.h>
#include <time.h>
#include "delayed.h"

DELAYED long ticks(int k) { return (long)clock() * k; }

int main(void) {
  long a = ticks(1);
  long b = ticks(2);
  time_t now = time(NULL);
  printf("%d\n", a + b >= 0 && now > 0);
  return 0;
}
// CHECK: depend(inout: delayc_rt_time)
// CHECK: depend(inout: delayc_rt_time)
