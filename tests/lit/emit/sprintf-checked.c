// sprintf into a counted buffer is checked by the bytes it writes: what
// snprintf counts with the same format and values, and the NUL (it was
// "cannot be checked", and the task reached all memory).  With a right count
// the labels are tasks that print what the serial program prints; with a
// count too small the program stops with a runtime error.
//
// RUN: %delayc emit %s -o %t.c -- %delayc-cflags 2> %t.err
// RUN: not grep -q "cannot check" %t.err
// RUN: FileCheck %s --input-file=%t.c
// CHECK: snprintf((char *)0, 0, "item-%04d/%s", k, k % 2 ? "odd" : "even") + 1
// RUN: %cc-gcc -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 DELAYC_STATS=1 %t.bin 2> %t.stats | diff %t.want -
// RUN: FileCheck %s --check-prefix=STATS --input-file=%t.stats
// STATS: delayc: tasks={{[1-9][0-9]*}}
// RUN: env OMP_NUM_THREADS=2 not --crash %t.bin small > /dev/null 2> %t.small
// RUN: FileCheck %s --check-prefix=SMALL --input-file=%t.small
// SMALL: runtime error: delayed function 'label' touches bytes 0 to {{1[34]}} of 'p' (the size a library call is given), outside the bytes 0 to 7 its DELAYED_OUT_N(n) declares
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED void label(DELAYED_OUT_N(n) char *p, int n, int k) {
  sprintf(p, "item-%04d/%s", k, k % 2 ? "odd" : "even");
}

int main(int argc, char **argv) {
  (void)argv;
  int n = argc > 1 ? 8 : 32;
  char *buf = calloc(16 * 32, 1);
  for (int k = 0; k < 16; k++) label(buf + k * 32, n, k);
  for (int k = 0; k < 16; k++) puts(buf + k * 32);
  free(buf);
  return 0;
}
