// A result whose index reads a global (`e[gi] = h(gi)`) stays an ordinary
// call: the task would read the index when it runs (a blind tester's loop put
// every result in e[10]).  An index made of locals, a local array's elements
// included (`out[perm[i]]`: copied at the spawn), keeps the call a task.
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s --implicit-check-not='runs serially' < %t.err
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: env OMP_NUM_THREADS=1 %t.par > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.g4 && diff %t.want %t.g4
//
// CHECK: result-index.c:[[@LINE+12]]:39: explain: call of 'h' runs serially: an index of its result reads a global, a static or memory through a pointer
#include <stdio.h>
#include "delayed.h"

DELAYED long h(long i) { long s = i; for (int k = 0; k < 100000; k++) s = (s * 7 + k) % 1009; return s; }
int gi;

int main(void) {
  long e[12] = {0}, out[8];
  int perm[8] = {3, 1, 4, 0, 6, 2, 7, 5};
  for (int i = 0; i < 8; i++) out[perm[i]] = h(i);
  perm[0] = 5;
  for (gi = 0; gi < 10; gi++) e[gi] = h(gi);
  unsigned long s = 0;
  for (int i = 0; i < 8; i++) s = s * 31 + (unsigned long)out[i];
  for (int i = 0; i < 12; i++) s = s * 31 + (unsigned long)e[i];
  printf("%lu\n", s);
  return 0;
}
