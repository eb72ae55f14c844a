// A constant argument (a macro WIDTH, 2 * N) is written in the task's call as
// it is, not copied at the spawn: the compiler still sees the constant there
// (blind round 54b: a copy of WIDTH made `% width` a division in run_rule, 3.4x
// slower with gcc at one thread).  The program prints what the serial one does.
//
// RUN: %delayc emit %s -o %t.c -- %delayc-cflags
// RUN: FileCheck %s < %t.c
// RUN: %cc-gcc -O1 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: %cc-gcc -O1 %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want && env OMP_NUM_THREADS=2 %t.par > %t.got && diff %t.want %t.got
// CHECK: pop[rule] = run_rule({{[^,]*}}, WIDTH, 2 * STEPS);
#include <stdio.h>
#include "delayed.h"
#define WIDTH 512
#define STEPS 40
DELAYED static long run_rule(int rule, int width, int steps) {
  unsigned char a[WIDTH], b[WIDTH];
  long pop = 0;
  for (int i = 0; i < width; i++) a[i] = (unsigned char)((i * 7 + rule) & 1);
  for (int s = 0; s < steps; s++) {
    for (int i = 0; i < width; i++) {
      int l = a[(i + width - 1) % width], c = a[i], r = a[(i + 1) % width];
      b[i] = (unsigned char)((rule >> (l * 4 + c * 2 + r)) & 1);
    }
    for (int i = 0; i < width; i++) { a[i] = b[i]; pop += a[i]; }
  }
  return pop;
}
int main(void) {
  long pop[16], t = 0;
  for (int rule = 0; rule < 16; rule++) pop[rule] = run_rule(rule * 13, WIDTH, 2 * STEPS);
  for (int rule = 0; rule < 16; rule++) t += pop[rule] * (rule + 1);
  printf("%ld\n", t);
  return 0;
}
