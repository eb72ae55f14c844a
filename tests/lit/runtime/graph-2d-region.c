// DELAYC_GRAPH on 2-D regions: a task writing a 2 x 2 tile (rows 0-1 of a
// matrix with leading dimension 4) comes before a task reading its second row
// only, and a task reading row 2 (outside the tile) has no edge.  The graph
// compares every row of a region, not the first one only.
//
// RUN: %delayc emit %s -o %t.c -- -Wno-unused
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: rm -f %t.dot
// RUN: env OMP_NUM_THREADS=2 DELAYC_GRAPH=%t.dot %t.bin | FileCheck --check-prefix=OUT %s
// RUN: FileCheck %s < %t.dot
#include <stdio.h>
#include "delayed.h"

DELAYED void fill(DELAYED_OUT_2D(rows, cols, ld) int *t, int rows, int cols, int ld, int v) {
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) t[r * ld + c] = v;
}

DELAYED int sum(DELAYED_IN_2D(rows, cols, ld) const int *t, int rows, int cols, int ld) {
  int s = 0;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) s += t[r * ld + c];
  return s;
}

int main(void) {
  int m[16] = {0};
  fill(m, 2, 2, 4, 7);
  int s = sum(m + 4, 1, 2, 4);
  int s2 = sum(m + 8, 1, 2, 4);
  int k = 2;
  printf("%d %d %d\n", s, s2, k);
  return 0;
}
// OUT: 14 0 2
// CHECK: 3 tasks, 1 edges
// CHECK-DAG: t1 [label="fill #1
// CHECK-DAG: t1 -> t2;
