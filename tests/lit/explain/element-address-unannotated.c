// &X[i] given to a pointer parameter with no annotation may reach any element
// of X: the task depends on all of X, and its writers in a loop run one after
// another.  That chain is not silent: the default remark counts it, and
// --explain names the annotation that removes it.  With DELAYED_INOUT on the
// parameter (see the second run, -DANNOTATED) each task names its element and
// nothing is said.
//
// RUN: %delayc emit %s -o %t.c -- -I %S/../../../annotations 2> %t.remark
// RUN: FileCheck %s --check-prefix=REMARK -DFILE=%s --input-file=%t.remark
// RUN: %delayc emit %s -o %t.c --explain -- -I %S/../../../annotations 2> %t.err
// RUN: FileCheck %s -DFILE=%s --input-file=%t.err
// RUN: %delayc emit --no-batch %s -o %t2.c -- -I %S/../../../annotations -DANNOTATED 2> %t.quiet
// RUN: FileCheck %s --check-prefix=QUIET --allow-empty --input-file=%t.quiet
// RUN: grep -v "^//" %t2.c | FileCheck %s --check-prefix=ELEMENT
#include <stdio.h>
#include "delayed.h"

typedef struct { double x, v; } Gen;

#ifdef ANNOTATED
DELAYED void step(DELAYED_INOUT Gen *g) { for (int k = 0; k < 100; k++) g->x += g->v * 0.001; }
#else
DELAYED void step(Gen *g) { for (int k = 0; k < 100; k++) g->x += g->v * 0.001; }
#endif

int main(void) {
  Gen gens[8];
  for (int i = 0; i < 8; i++) { gens[i].x = i; gens[i].v = 1; }
  // REMARK: [[FILE]]:[[# @LINE + 2]]:31: remark: 1 delayed call: 1 task, 1 chained (run with --explain for why and what would fix it)
  // CHECK: [[FILE]]:[[# @LINE + 1]]:31: explain: call of 'step': '&gens[i]' points to one element of 'gens', but parameter 'g' has no annotation: the task depends on all of 'gens', and the tasks that write it run one after another (DELAYED_INOUT on 'g' says it touches that element only; DELAYED_INOUT_N(n), n elements)
  for (int i = 0; i < 8; i++) step(&gens[i]);
  double s = 0;
  for (int i = 0; i < 8; i++) s += gens[i].x;
  printf("%f\n", s);
  return 0;
}
// QUIET-NOT: {{.}}
// ELEMENT: _Pragma("omp task {{.*}}inout: gens[(i) + __dc{{[0-9]*}}_k]
