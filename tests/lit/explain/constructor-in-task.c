// A task that hands its struct to a constructor (a loop's body made a
// function around `make(&items[k], n)`): what the counted members name is set
// inside it, so the spawn reads no region from them (blind round 58a: the
// regions were read from members not yet set, valgrind: "depends on
// uninitialised value(s)"); the task is taken as reaching all memory.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { long *v DELAYED_N(n); size_t n; } Item;

static void make(Item *it, size_t n, long seed) {
  it->n = n;
  it->v = malloc(n * sizeof *it->v);
  for (size_t i = 0; i < n; i++) it->v[i] = (long)(i * 7 + (size_t)seed) % 101;
}

DELAYED static void build(int k, DELAYED_INOUT Item *item) { make(item, 1000 + (size_t)k, k); }
// CHECK: constructor-in-task.c:[[@LINE+5]]:31: explain: call of 'build': argument '&items[k]' holds pointers whose members say their counts, but 'build' changes what they name ('make(item, 1000 + (size_t)k, k)')

int main(void) {
  Item *items = malloc(8 * sizeof *items);
  long s = 0;
  for (int k = 0; k < 8; k++) build(k, &items[k]);
  for (int k = 0; k < 8; k++) s += items[k].v[items[k].n - 1] + items[k].v[0];
  printf("%ld\n", s);
  for (int k = 0; k < 8; k++) free(items[k].v);
  free(items);
  return 0;
}
