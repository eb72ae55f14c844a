// Writes inside macro expansions are writes, also through a pointer the
// macro declares: lint reports each (one finding per macro use), suggest
// proposes DELAYED_OUT (never DELAYED_IN) for such a parameter, and emit
// makes it INOUT.
//
// RUN: %delayc lint %s > %t.lint
// RUN: FileCheck --check-prefix=LINT %s --input-file=%t.lint
// RUN: %delayc suggest %s --min-work=0 > %t.sug
// RUN: FileCheck --check-prefix=SUGGEST %s --input-file=%t.sug
// RUN: %delayc emit %s -o %t.c
// RUN: FileCheck --check-prefix=EMIT %s --input-file=%t.c
#include <stdio.h>
#include "delayed.h"

typedef struct { int n; double v; } Val;
#define SETV(o, x) { Val *io_ = (o); io_->v = (x); }
#define BUMP(p) ((p)->n++)
#define PUT(a, i, x) ((a)[(i)] = (x))

DELAYED double set_all(Val *o, double x) {
  SETV(o, x);
  BUMP(o);
  return x;
}

DELAYED int fill(int *a, int n) {
  for (int i = 0; i < n; i++) PUT(a, i, i * i);
  return n;
}

double refresh(Val *o, double x) {
  SETV(o, x * 2.0);
  for (int i = 0; i < 1000; i++) x = x * 0.5 + 1.0;
  return x;
}

int main(void) {
  Val a = {0, 0.0};
  int v[8];
  double r = set_all(&a, 1.5);
  int n = fill(v, 8);
  Val b = {0, 0.0};
  double q = refresh(&b, 3.0), t = refresh(&a, 2.0);
  printf("%f %d %d %d %f %f\n", r, a.n, n, v[7], t, q);
  return 0;
}
// LINT: macro-writes.c:21:3: warning: delayed function 'set_all' writes to its input 'o' [delayed-mutates-input]
// LINT: macro-writes.c:22:3: warning: delayed function 'set_all' increments or decrements its input 'o' [delayed-mutates-input]
// LINT: macro-writes.c:27:31: warning: delayed function 'fill' writes to its input 'a' [delayed-mutates-input]
// SUGGEST: note: annotated: DELAYED double refresh(DELAYED_OUT Val *o, double x)
// EMIT: depend(inout: a){{.*}}set_all(
// EMIT: depend({{.*}}v{{.*}}fill(
