// An assignment written without a blank after '=' (`g[i]=-7`, `s.d[i]=-s.d[i]`,
// `x=!v`) is an assignment: the operator is C's longest token there, '=',
// not "=-" (blind round 59b: the writes were missed, main printed 0 for -7,
// and the tasks on overlapping parts of one block ran together).  A function
// of the program named like the C library's `warn` is the program's: its
// calls are tasks (blind round 59b: "reads errno", serial).
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=1 %t.bin | diff %t.want -
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

int g[4];
DELAYED void set(int i) { long s = 0; for (long k = 0; k < 200000; k++) s += k & 3; g[i]=-7 + (int)(s & 0); }

typedef struct { double *d DELAYED_N(n); int n; } Span;
DELAYED void neg(Span s) { for (int i = 0; i < s.n; i++) s.d[i]=-s.d[i]; }
DELAYED void flag(Span s) { for (int i = 0; i < s.n; i++) s.d[i]=!(s.d[i] > 0); }
DELAYED double sum(Span s) { double t = 0; for (int i = 0; i < s.n; i++) t += s.d[i]; return t; }

DELAYED int warn(int i) { long s = 0; for (long k = 0; k < 100000; k++) s += k % 5; return i + (int)(s % 2); }
// CHECK-NOT: reads errno
// CHECK-NOT: runs serially

/* (apart from main: the old reading of `warn` kept its whole function serial) */
static int warned(void) {
  int ws[4];
  for (int i = 0; i < 4; i++) ws[i] = warn(i);
  return ws[0] + ws[1] + ws[2] + ws[3];
}

int main(void) {
  for (int i = 0; i < 4; i++) set(i);
  printf("%d %d\n", g[0], g[3]);
  double *a = malloc(200 * sizeof *a);
  for (int i = 0; i < 200; i++) a[i] = i % 3;
  Span w = {a, 100}, r = {a + 50, 100}, f = {a + 120, 60};
  neg(w);
  double t = sum(r);
  flag(f);
  double u = sum(f);
  printf("%.1f %.1f %d\n", t, u, warned());
  free(a);
  return 0;
}
