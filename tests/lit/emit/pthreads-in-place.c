// --target=pthreads moves each task into a function of its own.  A task that
// cannot move (a type only its function knows) runs in place after a full
// wait, and --explain says so (it said nothing: the calls stopped being tasks
// silently).  A variably modified parameter, `double a[n][m]`, is no such
// type: its argument is held as a void *, and its calls are tasks (blind
// round 45b F1: they ran in place, tasks=0).
//
// RUN: %delayc emit --target=pthreads --explain %s -o %t.pt.c 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=CODE < %t.pt.c
// RUN: %cc-gcc -O2 -Wall -Wextra %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -O2 -Wall -Wextra -Werror %delayc-cflags %t.pt.c %delayc-rt -lpthread -o %t.pt
// RUN: env DELAYC_NUM_THREADS=4 DELAYC_STATS=1 %t.pt > %t.got 2> %t.stats && diff %t.want %t.got
// RUN: FileCheck %s --check-prefix=STATS < %t.stats
#include <stdio.h>
#include <string.h>
#include "delayed.h"

DELAYED void scale_rows(int n, int m, DELAYED_INOUT_RANGE(r0, r1) double a[n][m], int r0, int r1, double f) {
  for (int i = r0; i < r1 && i < n; i++)
    for (int j = 0; j < m; j++) a[i][j] *= f;
}

DELAYED void zero(DELAYED_OUT_N(n) unsigned char *p, int n) { memset(p, 0, (size_t)n); }

int main(void) {
  double a[8][5];
  for (int i = 0; i < 8; i++) for (int j = 0; j < 5; j++) a[i][j] = i + j;
  for (int k = 0; k < 8; k += 2) scale_rows(8, 5, a, k, k + 2, 1.0 + k);
  struct local { int v[4]; } L[2];
  // CHECK: pthreads-in-place.c:[[@LINE+1]]:3: explain: --target=pthreads: call of 'zero' runs in place, after every earlier task: its task cannot move out of 'main'
  zero((unsigned char *)&L[0], (int)sizeof L[0]);
  double s = 0;
  for (int i = 0; i < 8; i++) for (int j = 0; j < 5; j++) s += a[i][j];
  printf("%.1f %d\n", s, L[0].v[2]);
  return 0;
}
// CHECK-NOT: call of 'scale_rows' runs in place
// CODE: dct_spawn("scale_rows"
// STATS: tasks=4
