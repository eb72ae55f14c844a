// A result stored into a member of a local struct, or of an element of a local
// array of structs, is a task that writes that element (inout: the other
// members keep their values); through a pointer (p->x) it is a task on the
// region of the struct p points to.
//
// RUN: %delayc emit %s -o %t.c --explain -- -Wno-unused 2> %t.err
// RUN: FileCheck %s --input-file=%t.c
// RUN: FileCheck --check-prefix=EXPLAIN %s --input-file=%t.err
// RUN: %cc-gcc -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUT %s
#include <stdio.h>
#include "delayed.h"

typedef struct { long x, y; } Pt;
typedef struct { long sum; Pt in; } Box;

DELAYED long sq(long v) { return v * v; }

static void through(Pt *p) {
  p->x = sq(7);
}

int main(void) {
  Pt pts[4];
  Box b;
  for (int i = 0; i < 4; i++) {
    // CHECK: depend(inout: pts[i]){{.*}}pts[i].x = sq(
    pts[i].x = sq(i);
    // CHECK: depend(inout: pts[i]){{.*}}pts[i].y = sq(
    pts[i].y = sq(i + 10);
  }
  // CHECK: depend(inout: b){{.*}}b.in.y = sq(
  b.in.y = sq(3);
  b.sum = 1;
  through(&pts[0]);
  printf("%ld %ld %ld %ld %ld\n", pts[0].x, pts[3].x, pts[3].y, b.in.y, b.sum);
  return 0;
}
// EXPLAIN: result-member.c:20:10: explain: call of 'sq': its result goes to 'p->x', memory delayc does not track; the task declares that element's region
// OUT: 49 9 169 9 1
