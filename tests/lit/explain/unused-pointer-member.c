// A struct whose data member says its count (DELAYED_N) and that also holds a
// pointer the task never uses (`const char *name`): the task names the
// counted region and the calls on separate blocks run together (blind round
// 57: one uncounted member chained them all).  A task that uses the member
// (prints the name) is ordered with every task that uses memory through
// pointers, as before.
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

typedef struct { double *data DELAYED_N(n); int n; const char *name; } Buf;

DELAYED void scale(Buf b, double f) {
  for (int r = 0; r < 200; r++)
    for (int i = 0; i < b.n; i++) b.data[i] = b.data[i] * f + 1e-9;
}

DELAYED double named_sum(Buf b) {
  double s = 0;
  for (int i = 0; i < b.n; i++) s += b.data[i];
  return s + (b.name[0] == 'x');
}

// Passed by pointer too: the member 'scale_at' never uses needs no count.
DELAYED void scale_at(DELAYED_INOUT Buf *b, double f) {
  for (int i = 0; i < b->n; i++) b->data[i] *= f;
}

int main(void) {
  Buf b[4];
  for (int i = 0; i < 4; i++) {
    b[i].data = malloc(1000 * sizeof(double));
    b[i].n = 1000;
    b[i].name = "x";
    for (int k = 0; k < 1000; k++) b[i].data[k] = k;
  }
  for (int i = 0; i < 4; i++) scale(b[i], 1.0001);
  // CHECK: unused-pointer-member.c:[[@LINE-1]]:31: explain: call of 'scale': argument 'b[i]' holds pointers whose members say their counts (DELAYED_N): the task declares their regions
  for (int i = 0; i < 4; i++) scale_at(&b[i], 0.5);
  // CHECK: unused-pointer-member.c:[[@LINE-1]]:31: explain: call of 'scale_at': argument '&b[i]' points to a struct whose pointer members say their counts (DELAYED_N): the task declares their regions
  double s[4];
  for (int i = 0; i < 4; i++) s[i] = named_sum(b[i]);
  // CHECK: unused-pointer-member.c:[[@LINE-1]]:38: explain: call of 'named_sum': argument 'b[i]' holds pointers to memory delayc does not track
  for (int i = 0; i < 4; i++) {
    printf("%.9g %.9g\n", b[i].data[999], s[i]);
    free(b[i].data);
  }
  return 0;
}
