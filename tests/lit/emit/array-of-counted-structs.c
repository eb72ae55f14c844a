// An array of structs whose pointer members say their counts, given as one
// parameter (DELAYED_INOUT_N(k) Buf *bs): a task names the regions of one
// struct's members only, so bs[1].v was nobody's and a task reaching it
// through a second handle ran beside the writer (blind 72b: 2999 printed for
// 7000).  Such a call runs serially now, and --explain says why and what to
// give each call instead.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK: call of 'fill_all': argument 'bs' points to several structs whose pointer members say their counts, and a task names the regions of one struct's members only: give each call one struct (&a[j], DELAYED_INOUT on the parameter)
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=1 %t.bin | diff %t.want -
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int *v DELAYED_N(n); int n; } Buf;

/* writes the data of all k structs of the array */
DELAYED void fill_all(DELAYED_INOUT_N(k) Buf *bs, int k) {
  for (int r = 0; r < 3000; r++)
    for (int j = 0; j < k; j++)
      for (int i = 0; i < bs[j].n; i++) bs[j].v[i] = r;
}

DELAYED void paint(DELAYED_INOUT Buf *b) {
  for (int i = 0; i < b->n; i++) b->v[i] = 7000;
}

int main(void) {
  Buf *bs = malloc(sizeof(Buf) * 2), *views = malloc(sizeof(Buf) * 2);
  for (int j = 0; j < 2; j++) {
    bs[j].n = 3000;
    bs[j].v = calloc(3000, sizeof(int));
    views[j] = bs[j];
  }
  fill_all(bs, 2);     /* writes bs[0].v and bs[1].v */
  paint(&views[1]);    /* writes bs[1].v through a second handle: after fill_all */
  printf("%d\n", views[1].v[5]);
  return 0;
}
