// Console: a DELAYED function that prints depends on delayc_rt_console (inout):
// printing tasks keep their serial order among themselves and with ordinary
// printf, which waits for them; a task that prints nothing has no such item.
// The program prints the serial order with gcc at 1 and 4 threads.
//
// RUN: %delayc emit %s -o %t.c --explain -- -Wno-unused 2> %t.err
// RUN: FileCheck %s --input-file=%t.c
// RUN: FileCheck --check-prefix=EXPLAIN %s --input-file=%t.err
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUTPUT %s
#include <stdio.h>
#include "delayed.h"

DELAYED void say(int i) { printf("say %d\n", i); }
DELAYED int sq(int x) { return x * x; }

int main(void) {
  int s = sq(3);
  // CHECK: omp task{{[^"]*}} depend(inout: delayc_rt_console){{.*}}say(
  say(1);
  // CHECK: DELAYC_RT_WAIT(depend(inout: delayc_rt_console)) printf("main
  printf("main %d\n", s);
  // CHECK: omp task{{[^"]*}} depend(inout: delayc_rt_console){{.*}}say(
  say(2);
  return 0;
}
// CHECK-NOT: depend({{[a-z]*}}: delayc_rt_console){{.*}}sq(
// EXPLAIN-DAG: console.c:20:3: explain: call of 'say' keeps its order with the other tasks that use the console (printf() in 'say')
// EXPLAIN-DAG: console.c:22:3: explain: waits for the tasks that use the console (printf() in 'say'): this code uses it too
// OUTPUT: say 1
// OUTPUT-NEXT: main 9
// OUTPUT-NEXT: say 2
