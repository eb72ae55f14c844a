// The clocks: a task that uses its readings only inside itself (busy-waits
// until 2 ms have passed, returns what does not depend on when it ran) reads
// them: such tasks run together (depend in); a task that hands a reading out (returns it, stores it in a
// global, passes it on to a helper that keeps it) keeps its serial order
// among the tasks that read the clocks: the later reading is read later.
// Ordinary code that only reads the clocks orders nothing either.
//
// RUN: %delayc emit %s -o %t.c
// RUN: grep 'TASK_SPAWN("work_for"' %t.c > %t.work
// RUN: FileCheck --check-prefix=WORK --input-file=%t.work %s
// RUN: grep 'TASK_SPAWN("took"' %t.c > %t.took
// RUN: FileCheck --check-prefix=TOOK --input-file=%t.took %s
// RUN: FileCheck %s --input-file=%t.c
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUTPUT %s
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <time.h>
#include "delayed.h"

static long long ns(const struct timespec *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

DELAYED long work_for(int k) {
  struct timespec t0, t;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  do clock_gettime(CLOCK_MONOTONIC, &t);
  while (ns(&t) - ns(&t0) < 2000000);
  return (long)k * k;
}
// WORK-NOT: inout: delayc_rt_time
// WORK: depend(in: delayc_rt_time)
// WORK-NOT: inout: delayc_rt_time

// A duration (the difference of two readings) handed out says how long, not
// when: its task reads the clocks too.
DELAYED long long took(int k) {
  struct timespec t0, t;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  do clock_gettime(CLOCK_MONOTONIC, &t);
  while (ns(&t) - ns(&t0) < 1000000);
  return (t.tv_sec - t0.tv_sec) * 1000000000LL + (t.tv_nsec - t0.tv_nsec) + 0 * k;
}
// TOOK-NOT: inout: delayc_rt_time
// TOOK: depend(in: delayc_rt_time)

DELAYED long long stamp(int k) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return ns(&t) + 0 * k;
}
// CHECK: TASK_SPAWN("stamp"{{.*}}depend(inout: delayc_rt_time

static long long done_at[2];
static void keep(int k, long long when) { done_at[k] = when; }
DELAYED void finish(int k) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  keep(k, ns(&t));
}
// CHECK: TASK_SPAWN("finish"{{.*}}delayc_rt_time

int main(void) {
  long long a = stamp(1);
  long w1 = work_for(2), w2 = work_for(3);
  long long d1 = took(1), d2 = took(2);
  finish(0);
  long long b = stamp(2);
  finish(1);
  time_t now = time(NULL);
  printf("work %ld, took %d, stamps in order %d, finishes in order %d, wall %d\n", w1 + w2, d1 >= 1000000 && d2 >= 1000000, b >= a,
         done_at[1] >= done_at[0] && done_at[0] <= b && done_at[0] >= a, now > 0);
  return 0;
}
// OUTPUT: work 13, took 1, stamps in order 1, finishes in order 1, wall 1
