// Ordinary code between tasks on memory only pointers reach waits only for
// the tasks overlapping what it touches: one element through a pointer (M[k]),
// the bytes memcpy is given, a block still holding its allocation passed to a
// helper (b = alloca(n)).  Where the wait cannot compute the address the statement uses (an index the
// statement assigns), it waits for all of that memory.
//
// RUN: %delayc emit %s -o %t.c --explain -- -Wno-unused 2> %t.err
// RUN: FileCheck %s --input-file=%t.c
// RUN: FileCheck --check-prefix=EXPLAIN %s --input-file=%t.err
// RUN: %cc-gcc -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | FileCheck --check-prefix=OUT %s
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

DELAYED void scale(DELAYED_INOUT_N(n) double *blk, int n) { for (int i = 0; i < n; i++) blk[i] *= 2; }

static int ok(const char *b, int n) { return b[n - 1] != 'x'; }

static double run(double **M, int nb, int n, const char *src) {
  double s = 0;
  int k = 0;
  for (int j = 0; j < nb; j++) {
    // CHECK: (const void *)&(*((M) + (j))), (size_t)((1))
    if (M[j] != NULL) scale(M[j], n);
    char *b = alloca((size_t)n);
    // CHECK: (const void *)&(*((const char *)(b))), (size_t)(((size_t)((size_t)(j + 1))))
    memcpy(b, src, (size_t)(j + 1));
    // CHECK: (const void *)&(*((const char *)(b))), (size_t)(((size_t)(n)))
    if (ok(b, n)) s += 1;
  }
  // CHECK: (const void *)0, (size_t)-1, 0, 0, 0 }{{.*}} if ((k = 1) < nb && M[k][0] > 0) s += 10;
  if ((k = 1) < nb && M[k][0] > 0) s += 10;
  for (int j = 0; j < nb; j++) s += M[j][0];
  return s;
}

int main(void) {
  double *M[4];
  for (int i = 0; i < 4; i++) {
    M[i] = malloc(8 * sizeof(double));
    for (int e = 0; e < 8; e++) M[i][e] = i + 1;
  }
  printf("%.1f\n", run(M, 4, 8, "abcdefgh"));
  for (int i = 0; i < 4; i++) free(M[i]);
  return 0;
}
// EXPLAIN-DAG: ordinary-regions.c:27:5: explain: waits for the tasks that use the region of memory it touches through a pointer (only the tasks whose regions overlap it)
// EXPLAIN-DAG: ordinary-regions.c:32:5: explain: waits for the tasks that use the region of memory it touches through a pointer
// EXPLAIN-DAG: ordinary-regions.c:35:3: explain: waits for the tasks that use memory reached through pointers: this code uses it too
// OUT: 34.0
