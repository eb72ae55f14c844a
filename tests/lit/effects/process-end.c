// The end of the process: a task whose only effect besides its memory is an
// exit or abort on an error path reads the console and the files.  Tasks before
// it that print stay before it, those after it wait for it, and two such tasks
// run side by side when every exit of the file has one constant status (which
// of two ends first changes nothing the program shows).  With exits of two
// statuses in the file (ENDS_DIFFER), or two ways of ending (ABORT_TOO: abort
// beside exit(1), which flushes the streams where abort does not), the first
// to run decides what the program shows: they keep their order (they write
// the console).
//
// RUN: %delayc emit %s -o %t.c -- -Wno-unused
// RUN: FileCheck %s --input-file=%t.c
// RUN: %delayc emit %s -o %t2.c -- -Wno-unused -DENDS_DIFFER
// RUN: FileCheck --check-prefix=DIFFER %s --input-file=%t2.c
// RUN: %delayc emit %s -o %t3.c -- -Wno-unused -DABORT_TOO
// RUN: FileCheck --check-prefix=DIFFER %s --input-file=%t3.c
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUTPUT %s
// RUN: not env OMP_NUM_THREADS=4 %t.bin fail | FileCheck --check-prefix=FAIL %s
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static int fail;

DELAYED int checked(int x) {
  if (fail && x == 3) exit(1);
  return x * 2;
}

DELAYED int guarded(int x) {
  if (x < 0) exit(1);
#ifdef ABORT_TOO
  if (x < -5) abort();
#endif
#ifdef ENDS_DIFFER
  if (x > 1000) exit(2);
#endif
  return x + 1;
}

DELAYED void say(int i) { printf("say %d\n", i); }

int main(int argc, char **argv) {
  fail = argc > 1;
  say(1);
  // CHECK: omp task{{[^"]*}} depend(in: delayc_rt_console){{.*}}checked(
  // DIFFER: omp task{{[^"]*}} depend(inout: delayc_rt_console{{.*}}checked(
  int a = checked(2);
  // CHECK: omp task{{[^"]*}} depend(in: delayc_rt_console){{.*}}checked(
  int b = checked(3);
  // CHECK: omp task{{[^"]*}} depend(in: delayc_rt_console){{.*}}guarded(
  // DIFFER: omp task{{[^"]*}} depend(inout: delayc_rt_console{{.*}}guarded(
  int c = guarded(4);
  // CHECK: omp task{{[^"]*}} depend(inout: delayc_rt_console){{.*}}say(
  say(2);
  printf("%d %d %d\n", a, b, c);
  return 0;
}
// OUTPUT: say 1
// OUTPUT-NEXT: say 2
// OUTPUT-NEXT: 4 6 5
// FAIL: say 1
// FAIL-NOT: say 2
