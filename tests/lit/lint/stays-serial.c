// delayed-stays-serial: a delayed call the emitter leaves serial is a finding
// at the call, with the reason --explain gives; a call that is a task, or runs
// inline because its result is read at once, is not.
//
// RUN: %delayc lint --checks=-*,delayed-stays-serial %s -- -I %S/../../../annotations > %t.err 2>&1
// RUN: FileCheck %s -DFILE=%s --input-file=%t.err
// RUN: not %delayc lint --checks=-*,delayed-stays-serial --warnings-as-errors=delayed-stays-serial %s -- -I %S/../../../annotations 2> /dev/null
#include "delayed.h"

DELAYED long total(const int *v, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}

DELAYED int inc(int x) { return x + 1; }

long serial_one(int *p, int n) {
  long t;
  {                                 /* a local array of an inner block: gone before the final wait */
    int loc[4] = {0, 1, 2, 3};
    int *q = n > 4 ? p : loc;
    // CHECK: [[FILE]]:[[# @LINE + 1]]:9: warning: call of 'total' stays serial: pointer argument 'q' points to memory whose extent or aliasing delayc cannot prove [delayed-stays-serial]
    t = total(q, n);
  }
  int k = 0;
  // CHECK: [[FILE]]:[[# @LINE + 1]]:10: warning: call of 'inc' stays serial: in a loop condition, evaluated at every iteration [delayed-stays-serial]
  while (inc(k) < 3) k++;
  return t + k;
}

int tasks_only(int n) {
  int a = inc(n), b = inc(n + 1);      // tasks: no finding
  return a + b;
}

DELAYED int keep_small(DELAYED_INOUT_N(n) int *v, int n) {
  int m = 0;
  for (int i = 0; i < n; i++) if (v[i] < 100) v[m++] = v[i];
  return m;
}

DELAYED long sum_of(DELAYED_IN_N(n) const int *v, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}

long counted_later(void) {
  static int buf[4 * 64];
  int len[4];
  long part[4], t = 0;
  for (int i = 0; i < 4 * 64; i++) buf[i] = (i * 37) % 150;
  for (int p = 0; p < 4; p++) len[p] = keep_small(buf + p * 64, 64);
  // a count a task computes: the spawn waits for it (once stayed serial), no finding
  for (int p = 0; p < 4; p++) part[p] = sum_of(buf + p * 64, len[p]);
  for (int p = 0; p < 4; p++) t += part[p];
  for (int p = 0; p < 4; p++) {        // the edit it names: tasks, no finding
    int n = len[p];
    part[p] = sum_of(buf + p * 64, n);
  }
  for (int p = 0; p < 4; p++) t += part[p];
  return t;
}
// CHECK-NOT: stays serial
