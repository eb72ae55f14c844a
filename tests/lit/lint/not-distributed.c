// delayed-not-distributed (opt-in): what --target=starpu-mpi runs in place on
// every rank (a pointer result, a global, a pointer with no count) and
// ordinary code every rank runs that writes a file; the forms beside them that
// can be spread over the ranks (a caller's buffer with a count, a value
// result, a file written inside a DELAYED function) are not reported.  Off
// unless named in full: `delayed-*` and the default do not run it.
//
// RUN: %delayc lint --checks='-*,delayed-not-distributed' %s -- -I %S/../../../annotations > %t.err 2>&1
// RUN: FileCheck %s --input-file=%t.err
// RUN: %delayc lint --checks='-*,delayed-not-distributed' %s -- -I %S/../../../annotations 2>&1 | FileCheck --check-prefix=NOT %s
// RUN: %delayc lint --checks='delayed-*' %s -- -I %S/../../../annotations 2>&1 | FileCheck --check-prefix=GLOB %s
// RUN: %delayc lint --list-checks | FileCheck --check-prefix=LIST %s
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

static long hits;

DELAYED double *make(int n) {
  double *p = malloc((size_t)n * sizeof *p);
  for (int i = 0; i < n; i++) p[i] = i;
  return p;
}
DELAYED void fill(DELAYED_OUT_N(n) double *p, int n) { for (int i = 0; i < n; i++) p[i] = 2 * i; }
DELAYED long bump(int k) { hits += k; return hits; }
DELAYED long twice(int k) { return 2L * k; }
DELAYED double first(const double *p) { return p[0] + p[1]; }
DELAYED double total(DELAYED_IN_N(n) const double *p, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}
DELAYED int save(const char *path, double v) {
  FILE *f = fopen(path, "w");
  if (!f) return -1;
  fprintf(f, "%f\n", v);
  return fclose(f);
}

static double use(const double *q) {
  double a = first(q);
  double b = total(q, 4);
  return a + b;
}

int main(void) {
  double *a = make(4);
  double b[4];
  fill(b, 4);
  long g = bump(3);
  long t = twice(3);
  double u = use(b);
  int rc = save("not_distributed.out", u);
  FILE *log = fopen("not_distributed.log", "a");
  if (log) fclose(log);
  printf("%f %f %ld %ld %f %d\n", a[3], b[3], g, t, u, rc);
  free(a);
  return 0;
}
// CHECK-DAG: not-distributed.c:41:14: warning: with --target=starpu-mpi, call of 'first' runs in place on every rank: parameter 'p' of 'first' has no count{{.*}} [delayed-not-distributed]
// CHECK-DAG: not-distributed.c:47:15: warning: with --target=starpu-mpi, call of 'make' runs in place on every rank: it returns a pointer{{.*}} [delayed-not-distributed]
// CHECK-DAG: not-distributed.c:50:12: warning: with --target=starpu-mpi, call of 'bump' runs in place on every rank: it touches 'hits', global state{{.*}} [delayed-not-distributed]
// CHECK-DAG: not-distributed.c:54:15: warning: with --target=starpu-mpi, 'fopen' writes a file in ordinary code, which every rank runs{{.*}} [delayed-not-distributed]
// NOT-NOT: {{'fill'|'twice'|'total'|'save'}} runs in place
// NOT-NOT: not-distributed.c:30:
// GLOB-NOT: delayed-not-distributed
// LIST-NOT: delayed-not-distributed
