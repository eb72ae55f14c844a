// A task whose only use of memory outside its arguments is an error message
// to stderr (`if (!tmp) { fprintf(stderr, ...); exit(1); }`): the stream is
// the console's, not memory of unknown origin, so the tasks sorting separate
// blocks of counted structs do not read all memory and run together (blind
// round 57a: every task waited for the one before, peak 1).
//
// RUN: %delayc plan %s -- %delayc-cflags > %t.plan
// RUN: FileCheck %s --input-file=%t.plan
// RUN: %delayc emit %s -o %t.c -- %delayc-cflags
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int *keys DELAYED_N(n); size_t n; } Batch;

static void isort(int *a, size_t n) {
  for (size_t i = 1; i < n; i++) {
    int v = a[i];
    size_t j = i;
    while (j > 0 && a[j - 1] > v) { a[j] = a[j - 1]; j--; }
    a[j] = v;
  }
}

DELAYED static void sort_batch(DELAYED_INOUT Batch *b) {
  int *tmp = malloc(b->n * sizeof *tmp);
  if (!tmp) { fprintf(stderr, "out of memory\n"); exit(1); }
  free(tmp);
  isort(b->keys, b->n);
}
// CHECK: callee: sort_batch
// CHECK: accesses:
// CHECK-NEXT: inout batches[i : 1]
// CHECK-NEXT: inout <memory>[((arg0)->keys) : (arg0)->n]
// CHECK-NOT: in <memory>{{$}}
// CHECK: waits:

int main(void) {
  Batch batches[8];
  for (int i = 0; i < 8; i++) {
    batches[i].n = 2000;
    batches[i].keys = malloc(2000 * sizeof(int));
    for (int k = 0; k < 2000; k++) batches[i].keys[k] = (k * 7919 + i) % 2003;
  }
  for (int i = 0; i < 8; i++) sort_batch(&batches[i]);
  long s = 0;
  for (int i = 0; i < 8; i++) s += batches[i].keys[1000] + batches[i].keys[0];
  printf("%ld\n", s);
  return 0;
}
