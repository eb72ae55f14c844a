// Small calls on tiles of a matrix (DELAYED_INOUT_2D) run in batches; a
// batch's regions grew to the hull of its calls' bytes, and a batch holding
// the end of one band of tiles and the start of the next reached every tile
// of both bands in between: each batch waited for the one before (blind 73a:
// 1.09 of 2 threads).  A batch now stays a block of the same rows: a tile of
// other rows spawns it first (delayc_rt_region_joins).  The output is the
// serial program's, and the batches of one band run side by side with
// another band's.
//
// RUN: %delayc emit %s -o %t.c -- %delayc-cflags
// RUN: FileCheck %s --input-file=%t.c
// CHECK: delayc_rt_region_joins(
// RUN: %cc-gcc -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=1 %t.bin | diff %t.want -
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
// RUN: %cc-gcc -fopenmp -DGROW %delayc-cflags %s %delayc-rt -o %t.grow && %t.grow | FileCheck %s --check-prefix=GROW
// GROW: same band: joins 1, box rows 8, 128 bytes a row
// GROW: next band: joins 0
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#ifdef GROW
#include "delayc_rt.h"
#endif

#define N 256
#define BS 8

DELAYED static void tile(DELAYED_INOUT_2D(BS, BS, N) double *t, int k) {
  for (int i = 0; i < BS; i++)
    for (int j = 0; j < BS; j++) t[i * N + j] = t[i * N + j] * 0.5 + k;
}

int main(void) {
#ifdef GROW
  static double m[N * N];
  delayc_rt_region box = {0};
  delayc_rt_region a = {&m[0], BS * sizeof(double), 1, BS, N * sizeof(double)};
  delayc_rt_region b = {&m[BS], BS * sizeof(double), 1, BS, N * sizeof(double)};
  delayc_rt_region c = {&m[BS * N], BS * sizeof(double), 1, BS, N * sizeof(double)};
  delayc_rt_region_grow(&box, &a);
  int j = delayc_rt_region_joins(&box, &b);
  delayc_rt_region_grow(&box, &b);
  printf("same band: joins %d, box rows %zu, %zu bytes a row\n", j, box.rows, box.len);
  printf("next band: joins %d\n", delayc_rt_region_joins(&box, &c));
  return 0;
#else
  double *m = malloc(sizeof(double) * N * N);
  for (int i = 0; i < N * N; i++) m[i] = i % 17;
  for (int r = 0; r < 4; r++)
    for (int i0 = 0; i0 < N; i0 += BS)
      for (int j0 = 0; j0 < N; j0 += BS) tile(m + i0 * N + j0, r);
  double s = 0;
  for (int i = 0; i < N * N; i++) s += m[i] * (i % 5);
  printf("%.3f\n", s);
  free(m);
  return 0;
#endif
}
