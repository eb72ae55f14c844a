// A struct of counted members passed by value from a block of records
// (total(arr[i]), arr from malloc): it ran serially, "argument 1 holds
// pointers to memory delayc cannot track", though its counts were said
// (blind 72b).  It is taken at the spawn, once the tasks writing that record
// are done, and its members' regions are the task's, as &arr[i]'s are: the
// fills and the totals run in parallel, a record pointing into a local array
// keeps its order with the code writing that array, and a task changing a
// record's count is waited for.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK: call of 'total': argument 'arr[i]' holds pointers whose members say their counts (DELAYED_N): the task declares their regions
// CHECK-NOT: call of 'total' runs serially
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=1 %t.bin | diff %t.want -
// RUN: env OMP_NUM_THREADS=4 DELAYC_STATS=1 %t.bin 2> %t.stats | diff %t.want -
// RUN: FileCheck %s --check-prefix=STATS --input-file=%t.stats
// STATS: delayc: tasks=96 peak-concurrency={{[2-4]}}
// RUN: %cc-clang -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: env OMP_NUM_THREADS=4 %t.clang | diff %t.want -
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

typedef struct { int n; double *v DELAYED_N(n); } Buf;

DELAYED static double total(Buf b) {
  double s = 0;
  usleep(2000);
  for (int i = 0; i < b.n; i++) s += b.v[i];
  return s;
}
DELAYED static void fill(DELAYED_INOUT Buf *b, double x) {
  usleep(3000);
  for (int i = 0; i < b->n; i++) b->v[i] = x * i + b->v[i];
}
DELAYED static void grow(DELAYED_INOUT Buf *b) {   /* changes the struct itself */
  b->n = b->n / 2;
}

int main(void) {
  int k = 16;
  Buf *arr = malloc(k * sizeof(Buf));
  double loc[50];
  for (int i = 0; i < 50; i++) loc[i] = i;
  for (int i = 0; i < k; i++) { arr[i].n = 1000 + i; arr[i].v = calloc(arr[i].n, sizeof(double)); }
  arr[2].v = loc; arr[2].n = 50;
  for (int r = 0; r < 3; r++) {
    double t[16];
    for (int i = 0; i < k; i++) fill(&arr[i], i + r);
    for (int i = 0; i < k; i++) t[i] = total(arr[i]);
    loc[7] += 1;
    if (r == 1) for (int i = 0; i < k; i += 3) grow(&arr[i]);
    for (int i = 0; i < k; i++) printf("%d %d %.1f\n", r, i, t[i]);
  }
  printf("%.1f\n", loc[7]);
  return 0;
}
