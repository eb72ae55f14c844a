// delayed_after tasks on a global: unbound, they still keep their order on
// the global they share (depend(inout: hits): each reads what the one before
// left, not only adds to it: lit effects/updates-any-order.c), ordinary code that reads it
// waits, --explain names it, and lint names what they share and the bind.
// `(void)delayed_after(...)` (no warning under gcc -Wall) is a task too.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s --input-file=%t.c
// RUN: FileCheck --check-prefix=EXPLAIN %s --input-file=%t.err
// RUN: %delayc lint %s > %t.lint
// RUN: FileCheck --check-prefix=LINT %s --input-file=%t.lint
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUTPUT %s
#include <stdio.h>
#include "delayed.h"

static long hits;

DELAYED void count(int k) { for (int i = 0; i < 100000; i++) hits = hits * 3 % 1000003 + k; }

int main(void) {
  delayed_token a = delayed_after(count(1));
  delayed_token b = delayed_after(count(2));
  (void)delayed_after(count(3));
  printf("%ld\n", hits);
  return 0;
}
// CHECK-COUNT-3: omp task{{[^"]*}} depend(inout: hits){{.*}}count(
// CHECK: DELAYC_RT_WAIT(depend(in: hits)) printf(
// EXPLAIN-DAG: after-globals.c:22:21: explain: call of 'count' keeps its order with the other tasks that use 'hits'
// EXPLAIN-DAG: after-globals.c:24:9: explain: call of 'count' keeps its order with the other tasks that use 'hits'
// LINT: after-globals.c:23:21: warning: the token 'b' of this delayed_after is never bound or computed: nothing waits for the task of 'count' [delayed-result-unused]
// LINT: after-globals.c:22:21: note: the task of 'count' here also uses 'hits': bind the later call to it, delayed_bind(count, a)(...), so that the order does not rest on delayc's analysis alone
// OUTPUT: 786094
