// A task whose callee reads memory through a pointer made from an integer
// (`*(const int *)handle`) may read anything whose address left ordinary code:
// ordinary code that then writes through a pointer waits for it, and a
// DELAYED_PURE function doing so is not merged (blind tests: the write went
// first, and two identical calls around the write were merged).
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall %delayc-cflags %t.c %delayc-rt -o %t.gcc
// RUN: %cc-clang -O1 -fopenmp -Wall %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: env OMP_NUM_THREADS=1 %t.gcc > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %t.gcc > %t.g4 && diff %t.want %t.g4
// RUN: env OMP_NUM_THREADS=2 %t.clang > %t.c2 && diff %t.want %t.c2
//
// CHECK-DAG: int-to-pointer.c:[[@LINE+21]]:13: explain: call of 'peek' is the same as line [[@LINE+19]]'s but is computed again: 'peek' is DELAYED_PURE but touches more than its arguments
// CHECK-DAG: int-to-pointer.c:[[@LINE+19]]:3: explain: waits for the tasks that use global state delayc cannot name here, the region of memory it touches through a pointer
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static uintptr_t handle(int *p) { return (uintptr_t)p; }

DELAYED_PURE long peek(uintptr_t h) {
  long s = *(const int *)h;
  for (int i = 0; i < 200000; i++) s = (s * 3 + i) % 10007;
  return s + *(const int *)h;
}

int main(void) {
  int *a = malloc(sizeof *a);
  *a = 1;
  uintptr_t h = handle(a);
  long r1 = peek(h);
  *a = 50;
  long r2 = peek(h);
  printf("%ld %ld\n", r1, r2);
  free(a);
  return 0;
}
