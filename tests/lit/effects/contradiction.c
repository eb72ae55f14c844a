// A declaration that contradicts the body is an error, not a trust: a
// parameter declared DELAYED_IN that the function writes (here through a
// macro, Lua's setobj idiom) is an error of delayed-mutates-input (exit 1),
// a `const` one written through a cast a warning; emit takes both as INOUT,
// says so, and the program prints what the serial one prints.
//
// RUN: not %delayc lint %s > %t.lint
// RUN: FileCheck --check-prefix=LINT %s --input-file=%t.lint
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck --check-prefix=EXPLAIN %s --input-file=%t.err
// RUN: FileCheck --check-prefix=EMIT %s --input-file=%t.c
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=1 %t.bin | FileCheck --check-prefix=OUTPUT %s
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUTPUT %s
#include <stdio.h>
#include "delayed.h"

typedef struct { double v; } Val;
#define SETV(o, x) { Val *io_ = (o); io_->v = (x); }

DELAYED double scale(DELAYED_IN Val *o, double k) {
  double r = o->v * k;
  SETV(o, r);
  return r;
}

DELAYED double bump(const Val *o) {
  ((Val *)o)->v += 1.0;
  return o->v;
}

int main(void) {
  Val a = {10.2};
  double r = scale(&a, 8.0);
  double b = bump(&a);
  printf("%f %f %f\n", r, b, a.v);
  return 0;
}
// LINT: contradiction.c:23:3: error: delayed function 'scale' writes to its input 'o', declared DELAYED_IN [delayed-mutates-input]
// LINT: contradiction.c:21:{{[0-9]+}}: note: 'o' is declared DELAYED_IN here, but the function writes it
// LINT: contradiction.c:28:3: warning: delayed function 'bump' {{.*}} its input 'o' [delayed-mutates-input]
// EXPLAIN-DAG: contradiction.c:34:14: explain: 'scale' writes through its parameter 'o', declared DELAYED_IN: taken as INOUT (delayed-mutates-input)
// EXPLAIN-DAG: contradiction.c:35:14: explain: 'bump' writes through its parameter 'o', declared a pointer to const: taken as INOUT (delayed-mutates-input)
// EMIT: depend(inout: a){{.*}}scale(
// EMIT: depend(inout: a){{.*}}bump(
// OUTPUT: 81.600000 82.600000 82.600000
