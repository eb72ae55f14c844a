// A console write is last words only when the end of the process follows it
// on every way: a warning followed by a `return` (or goto, break, continue)
// before the exit of its block still writes the console, and the warnings come
// out in the serial order.  (A blind tester's program printed them shuffled.)
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: %t.serial > %t.want 2>&1; env OMP_NUM_THREADS=4 %t.par > %t.got 2>&1; diff %t.want %t.got
// RUN: not %t.serial 4 > %t.want4 2>&1; not env OMP_NUM_THREADS=4 %t.par 4 > %t.got4 2>&1; diff %t.want4 %t.got4
//
// CHECK: error-path-jumps.c:34:38:{{.*}}call of 'work' keeps its order with the other tasks that use the console (fprintf() in 'work')
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

static int fatal_at = -1;

DELAYED int work(int i) {
  usleep(1000 + (8 - i) * 300);
  if (i > 0) {
    fprintf(stderr, "warning %d\n", i);   /* a warning: most calls return below */
    if (i != fatal_at) return -1;
    exit(2);
  }
  return i;
}

int main(int argc, char **argv) {
  if (argc > 1) fatal_at = atoi(argv[1]);
  int r[8];
  for (int i = 0; i < 8; i++) r[i] = work(i);
  int s = 0;
  for (int i = 0; i < 8; i++) s += r[i];
  printf("s=%d\n", s);
  return 0;
}
