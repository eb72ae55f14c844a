// Tasks that write a global array through pointer arguments (`f(&buf[3 * x])`,
// `f(frame[y][x])`, `f(buf + k)`): ordinary code that then reads the global
// waits for them.  It did not (the global was named by no task, and the
// tasks' regions of memory reached through pointers were not compared with
// it): the sum printed whatever the tasks had finished, at any thread count.
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %cc-gcc -O1 -Wall -Wextra %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.gcc
// RUN: %cc-clang -O1 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: env OMP_NUM_THREADS=1 %t.gcc > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %t.gcc > %t.g4 && diff %t.want %t.g4
// RUN: env OMP_NUM_THREADS=1 %t.clang > %t.c1 && diff %t.want %t.c1
// RUN: env OMP_NUM_THREADS=4 %t.clang > %t.c4 && diff %t.want %t.c4
//
// CHECK-DAG: global-through-pointer.c:[[@LINE+29]]:3: explain: waits before the loop for the tasks that use memory reached through pointers
// CHECK-DAG: global-through-pointer.c:[[@LINE+33]]:3: explain: waits before the loop for the tasks that use memory reached through pointers
// CHECK-DAG: global-through-pointer.c:[[@LINE+34]]:3: explain: waits for the tasks that use the region of memory it touches through a pointer (only the tasks whose regions overlap it)
#include <stdio.h>
#include "delayed.h"

static float buf[3000];
static float frame[24][32][3];

DELAYED static void shade(int x, int y, DELAYED_OUT_N(3) float *out)
{
  double a = 0;
  for (int k = 0; k < 20000; k++) a += (double)((x * 31 + y * 17 + k) % 13) * 0.5;
  out[0] = (float)a;
  out[1] = (float)(a / 2);
  out[2] = (float)(x + y);
}

static double frame_sum(void)
{
  double s = 0;
  for (int y = 0; y < 24; y++)
    for (int x = 0; x < 32; x++) s += frame[y][x][0] + frame[y][x][2];
  return s;
}

int main(void) {
  for (int x = 0; x < 1000; x++) shade(x, 0, &buf[3 * x]);
  double s = 0;
  for (int x = 0; x < 3000; x++) s += buf[x];
  printf("%.1f\n", s);
  for (int y = 0; y < 24; y++)
    for (int x = 0; x < 32; x++) shade(x, y, frame[y][x]);
  s = 0;
  for (int y = 0; y < 24; y++) s += frame[y][5][1];
  for (int x = 0; x < 1000; x++) shade(x, 1, buf + 3 * x);
  printf("%.1f %.1f\n", s, buf[2999]);
  printf("%.1f\n", frame_sum());
  return 0;
}
