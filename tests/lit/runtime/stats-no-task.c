// DELAYC_STATS prints its line in a program that uses the runtime and runs
// no task: one that names nothing of it but an extent check (delayc's output
// of a program whose calls all stay serial but for their checks: delayc_rt.h
// names the instruments, so the linker keeps them; without that, no line),
// and a run of an emitted program that spawns none.  (An output with nothing
// to transform is the input as it is, and links nothing: no line there.)
//
// RUN: %cc-gcc %delayc-cflags %s %delayc-rt -o %t.check
// RUN: env DELAYC_STATS=1 %t.check 2>&1 | FileCheck %s --check-prefix=CHECKS
// CHECKS: element 2
// CHECKS: delayc: tasks=0 peak-concurrency=0
//
// RUN: %delayc emit %s -o %t.c -- -Wno-unused -DEMITTED 2>/dev/null
// RUN: %cc-gcc -fopenmp %delayc-cflags -DEMITTED %t.c %delayc-rt -o %t.bin
// RUN: env DELAYC_STATS=1 %t.bin 2>&1 | FileCheck %s
// RUN: env DELAYC_STATS=1 %t.bin x y 2>&1 | FileCheck %s --check-prefix=TWO
// CHECK: sum 0
// CHECK: delayc: tasks=0 peak-concurrency=0
// TWO: sum 5
// TWO: delayc: tasks=2
#include <stdio.h>
#include "delayed.h"

#ifdef EMITTED
DELAYED int square(int v) { return v * v; }

int main(int argc, char **argv) {
  (void)argv;
  int part[8] = {0}, sum = 0;
  for (int k = 0; k < argc - 1 && k < 8; k++) part[k] = square(k + 1);
  for (int k = 0; k < 8; k++) sum += part[k];
  printf("sum %d\n", sum);
  return 0;
}
#else
#include "delayc_rt.h"

int main(void) {
  int a[4] = {1, 2, 3, 4};
  printf("element %d\n", a[delayc_rt_at(1, 0, 0, 4, "stats-no-task.c:1:1\0main\0a\0DELAYED_IN_N(4)")]);
  return 0;
}
#endif
