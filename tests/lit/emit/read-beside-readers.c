// Ordinary code reading a buffer that tasks only read needs no wait: the
// strlen of each key in the loop beside the DELAYED checks of the same keys
// waited for every task (blind 74a: "this code touches all of 'q'", 600,000
// tasks one by one, 12x slower than serial).  The loop's calls now run in
// batches.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK-NOT: read-beside-readers.c:36:{{[0-9]+}}: explain: waits
// CHECK: the loop's calls of 'check' run in batches
// RUN: %cc-gcc -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=1 %t.bin | diff %t.want -
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define NQ 20000
#define KL 24

DELAYED int check(DELAYED_IN_N(len) const char *key, size_t len) {
  unsigned long h = 14695981039346656037UL;
  for (size_t i = 0; i < len; i++) { h ^= (unsigned char)key[i]; h *= 1099511628211UL; }
  return (h & 7) == 3;
}

int main(void) {
  char *q = malloc((size_t)NQ * KL);
  int *found = malloc(sizeof(int) * NQ);
  long i, pos = 0;
  for (i = 0; i < NQ; i++) snprintf(q + i * KL, KL, "grp-%08lx", (unsigned long)i * 2654435761UL);
  for (i = 0; i < NQ; i++) {
    size_t n = strlen(q + i * KL);
    found[i] = check(q + i * KL, n);
  }
  for (i = 0; i < NQ; i++) pos += found[i];
  printf("pos=%ld\n", pos);
  free(q);
  free(found);
  return 0;
}
