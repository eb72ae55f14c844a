// A file that changes the floating-point environment (fesetround ...) spawns
// no task: the rounding mode is each thread's own, and a task on another
// thread would round to nearest (blind tests: fesetround(FE_UPWARD) around a
// loop of tasks printed round-to-nearest sums).  --explain says why.
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %cc-gcc -O1 %delayc-cflags %s -o %t.serial -lm && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.par -lm
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.got && diff %t.want %t.got
//
// CHECK: fenv-serial.c:[[@LINE+14]]:39: explain: call of 'harmonic' runs serially: the function 'main' cannot spawn tasks: the file changes the floating-point environment (fesetround), which is each thread's own
#include <fenv.h>
#include <stdio.h>
#include "delayed.h"

DELAYED double harmonic(int n) {
  double s = 0;
  for (int k = 1; k <= n; k++) s += 1.0 / k;
  return s;
}

int main(void) {
  double up[4];
  fesetround(FE_UPWARD);
  for (int i = 0; i < 4; i++) up[i] = harmonic(100000 * (i + 1));
  delayed_compute(up);
  fesetround(FE_TONEAREST);
  printf("%.17g %.17g %.17g %.17g\n", up[0], up[1], up[2], up[3]);
  return 0;
}
