// A result stored in one member of an element, `pts[i].x = f(i);`, followed
// by a write of another member, `pts[i].id = i;`: the task holds the element
// whole, so that write waits for it and the call runs inline.  --explain says
// which write, and to put it before the call (blind round 43: the advice was
// to store the results in an array, which the code already did); written
// before the call, the calls are tasks.
//
// RUN: %delayc emit %s -o %t.c --explain -- -Wno-unused 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// RUN: %cc-gcc -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial && %t.serial > %t.ref
// RUN: env OMP_NUM_THREADS=2 %t.bin > %t.out && diff %t.ref %t.out
#include <stdio.h>
#include "delayed.h"

typedef struct { double x; int id; } P;
DELAYED double slowx(int i) { double v = i; for (int k = 0; k < 1000; k++) v = v * 0.5 + 1; return v; }

int main(void) {
  P a[4], b[4];
  for (int i = 0; i < 4; i++) {
    a[i].x = slowx(i);
    a[i].id = i;
  }
  for (int i = 0; i < 4; i++) {
    b[i].id = i;
    b[i].x = slowx(i);
  }
  double s = 0;
  for (int i = 0; i < 4; i++) s += a[i].x * a[i].id + b[i].x * b[i].id;
  printf("%.3f\n", s);
  return 0;
}
// CHECK: inline-sibling-member.c:{{[0-9]+}}:14: explain: call of 'slowx' runs inline: the next statement writes 'a[i].id', another member of the element its result goes to, and the task holds that element whole; write 'a[i].id' before the call, and the iterations' calls run in parallel
// CHECK-NOT: call of 'slowx' runs inline
