// errno is each thread's own: a function that reads it (perror, %m, errno)
// where a task may have run on its thread before keeps its calls serial.
// Before its first task, the errno it reads is its own (`if (!f) {
// perror(path); return 1; }` at the top of main): its tasks run (blind round
// 42: one perror in main made every call of main serial).  In a loop that
// spawns, or after the tasks, it still keeps them serial.
//
// RUN: %delayc emit --explain %s -o %t.c -- -I %S/../../../annotations 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.got && diff %t.want %t.got
//
// CHECK-DAG: errno-before-tasks.c:31:3: explain: the loop's calls of 'work' are tasks one by one
// CHECK-DAG: errno-before-tasks.c:39:38: explain: call of 'work' runs serially: the function 'late' cannot spawn tasks: it reads errno after a task may have run on its thread
// CHECK-DAG: errno-before-tasks.c:52:10: explain: call of 'work' runs serially: the function 'looped' cannot spawn tasks: it reads errno after a task may have run on its thread
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static long work(int k) {
  long s = 0;
  for (int i = 0; i < 200000; i++) s += (i ^ k) % 7;
  return s;
}

static long early(void) {
  FILE *f = fopen("/dev/null", "w");
  if (!f) { perror("/dev/null"); return -1; }
  long r[8], t = 0;
  for (int k = 0; k < 8; k++) r[k] = work(k);
  for (int k = 0; k < 8; k++) t += r[k];
  fclose(f);
  return t;
}

static long late(void) {
  long r[4], t = 0;
  for (int k = 0; k < 4; k++) r[k] = work(k);
  FILE *f = fopen("/dev/null", "w");
  if (!f) perror("/dev/null");
  else fclose(f);
  for (int k = 0; k < 4; k++) t += r[k];
  return t;
}

static long looped(void) {
  long t = 0;
  for (int k = 0; k < 4; k++) {
    FILE *f = fopen("/dev/null", "w");
    if (!f) { perror("/dev/null"); continue; }
    t += work(k);
    fclose(f);
  }
  return t;
}

int main(void) {
  printf("%ld %ld %ld\n", early(), late(), looped());
  return 0;
}
