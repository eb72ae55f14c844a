// A block the function allocates holds only its own blocks: a pointer the
// parameter reaches stored into it (directly, through a helper, or copied
// with memcpy) and loaded back is memory of unknown place when written
// through, not the function's own (progs16/q1 and q4: sneaky's v[0]->val
// written while sum2 read it, a wrong answer before this was checked).
//
// RUN: %delayc summarize %s -o %t.fx
// RUN: FileCheck %s --input-file=%t.fx
// CHECK: function direct 1
// CHECK-NEXT: mem 3
// CHECK: function helper 1
// CHECK-NEXT: mem 3
// CHECK: function copied 1
// CHECK-NEXT: mem 3
// CHECK: function own 1
// CHECK-NEXT: end
#include <stdlib.h>
#include <string.h>

typedef struct T { int val; int nk; struct T **kids; } T;

static void put(T **v, T *x) { v[0] = x; }

long direct(const T *t) {
  T **v = malloc(8 * sizeof *v);
  v[0] = t->kids[0];
  v[0]->val += 5;
  free(v);
  return 0;
}

long helper(const T *t) {
  T **v = malloc(8 * sizeof *v);
  put(v, t->kids[0]);
  v[0]->val += 5;
  free(v);
  return 0;
}

long copied(const T *t) {
  T **v = malloc((size_t)t->nk * sizeof *v);
  memcpy(v, t->kids, (size_t)t->nk * sizeof *v);
  v[0]->val += 5;
  free(v);
  return t->nk;
}

long own(int n) {
  T **v = malloc((size_t)n * sizeof *v);
  for (int i = 0; i < n; i++) {
    v[i] = malloc(sizeof **v);
    v[i]->val = i;
  }
  long s = 0;
  for (int i = 0; i < n; i++) { v[i]->val += 1; s += v[i]->val; free(v[i]); }
  free(v);
  return s;
}
