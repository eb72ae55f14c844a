// Readers only: tasks that read the clocks (clock, time) and ordinary code
// that reads them too order nothing: no depend item, no wait.
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
// CHECK-NOT: depend({{[a-z]*}}: delayc_rt_time
