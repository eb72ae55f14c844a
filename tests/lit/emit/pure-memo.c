// A DELAYED_PURE call in a loop whose arguments repeat only at run time goes
// through the runtime's memo: a call with values computed before copies that
// result (DELAYC_STATS counts the hits; DELAYC_MEMO=0 turns it off).  Not for
// a callee estimated under 10 us, one with side effects, one taking a pointer.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s --check-prefix=EXPLAIN --implicit-check-not='looks its arguments up' < %t.err
// RUN: FileCheck %s --check-prefix=CODE < %t.c
// RUN: %cc-gcc -O2 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: %cc-gcc -O2 -Wall -Wextra %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: env OMP_NUM_THREADS=1 DELAYC_STATS=1 %t.bin > %t.got1 2> %t.stats1 && diff %t.want %t.got1
// RUN: FileCheck %s --check-prefix=STATS1 < %t.stats1
// RUN: env OMP_NUM_THREADS=4 DELAYC_STATS=1 %t.bin > %t.got4 2> %t.stats4 && diff %t.want %t.got4
// RUN: FileCheck %s --check-prefix=STATS4 < %t.stats4
// RUN: env OMP_NUM_THREADS=2 DELAYC_STATS=1 DELAYC_MEMO=0 %t.bin > %t.got0 2> %t.stats0 && diff %t.want %t.got0
// RUN: FileCheck %s --check-prefix=OFF < %t.stats0
//
// EXPLAIN: pure-memo.c:[[@LINE+27]]:12: explain: call of 'heavy' looks its arguments up first (DELAYED_PURE): a call with the same values computed before copies that result
// CODE: static __attribute__((unused)) double __dc_memo_heavy(
// CODE: r[i] = __dc_memo_heavy(
// STATS1: delayc: memo hits=60 of 64 calls
// STATS4: delayc: memo hits={{[0-9]+}} of 64 calls
// OFF-NOT: memo
#include <stdio.h>
#include "delayed.h"

int seen;
DELAYED_PURE double heavy(int k) {
  double x = k;
  for (int j = 0; j < 200000; j++) x = x * 0.999999 + 1.0 / (j + k + 1);
  return x;
}
DELAYED_PURE int cheap(int k) { return k * 3; }
DELAYED_PURE double noisy(int k) { seen++; return k; }
DELAYED_PURE double first(DELAYED_IN_N(1) const double *p) {
  double x = p[0];
  for (int j = 0; j < 200000; j++) x = x * 0.999999 + 1.0 / (j + 1);
  return x;
}

int main(void) {
  double r[64], s[64], t[64];
  int c[64];
  for (int i = 0; i < 64; i++) {
    r[i] = heavy(i % 4);
    c[i] = cheap(i % 4);
    s[i] = noisy(i % 4);
    t[i] = first(&r[0]);
  }
  delayed_compute(r, c, s, t);
  double sum = 0;
  for (int i = 0; i < 64; i++) sum += r[i] + c[i] + s[i] + t[i];
  printf("%.6f %d\n", sum, seen);
  return 0;
}
