// A struct's counted member handed on (blind 68b: `touch(b->px, m)` with a
// count of 16 for the 24 elements the helper touched; the tasks on the next
// buffers ran beside it, lost updates).  A helper of this file given the
// member (or a part of it, b->px + k) is called through a copy of itself
// that checks each use against the count, and stops the program past it;
// memcpy/memset given the member are checked by the bytes they are given;
// a use no check reaches (an alias, `int *q = b->px`; a copy of the whole
// struct, `Buf c = *b`, blind 70b) takes the task as reaching all memory,
// and --explain says which use.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags -DBAD 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK-NOT: call of '{{handed|copied}}': argument {{.*}} no check
// CHECK: call of 'aliased': argument 'as[i]' holds pointers whose members say their counts, but 'aliased' uses one where no check of that count reaches ('int *q = b->px;': the member or the struct handed to a function whose body is in another file or that takes a void *, aliased or offset): the task is taken as reaching all memory through pointers
// CHECK: call of 'whole': argument 'ws[i]' holds pointers whose members say their counts, but 'whole' uses one where no check of that count reaches ('Buf c = *b;'
// CHECK-NOT: call of '{{handed|copied}}': argument {{.*}} no check
// RUN: %cc-gcc -Wall -Werror %delayc-cflags -DBAD %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags -DBAD %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
// RUN: %delayc emit %s -o %t.h.c -- %delayc-cflags -DBAD -DHANDED
// RUN: %cc-gcc -fopenmp %delayc-cflags -DBAD -DHANDED %t.h.c %delayc-rt -o %t.h
// RUN: env OMP_NUM_THREADS=2 not --crash %t.h > /dev/null 2> %t.h.err
// RUN: FileCheck %s --check-prefix=HANDED --input-file=%t.h.err
// HANDED: runtime error: delayed function 'handed' touches 'p[16]', outside the elements 0 to 15 its DELAYED_N(n) declares for this call
// RUN: %delayc emit %s -o %t.c.c -- %delayc-cflags -DBAD -DCOPY
// RUN: %cc-gcc -fopenmp %delayc-cflags -DBAD -DCOPY %t.c.c %delayc-rt -o %t.cp
// RUN: env OMP_NUM_THREADS=2 not --crash %t.cp > /dev/null 2> %t.cp.err
// RUN: FileCheck %s --check-prefix=COPY --input-file=%t.cp.err
// COPY: runtime error: delayed function 'copied' touches bytes 0 to 95 of 'b->px' (the size a library call is given), outside the bytes 0 to 63 its DELAYED_N(n) declares
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

typedef struct { int n; int *px DELAYED_N(n); } Buf;

static void touch(int *p, int m) {
  for (int i = 0; i < m; i++) p[i] += 1;
}

DELAYED void handed(DELAYED_INOUT Buf *b, int m) {
  for (int r = 0; r < 20; r++) touch(b->px, m);
}

DELAYED void aliased(DELAYED_INOUT Buf *b, int m) {
  int *q = b->px;
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < m; i++) q[i] += 2;
}

DELAYED void whole(DELAYED_INOUT Buf *b, int m) {
  Buf c = *b;
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < m; i++) c.px[i] += 3;
}

DELAYED void copied(DELAYED_INOUT Buf *b, int m) {
  int tmp[64];
  for (int i = 0; i < 64; i++) tmp[i] = i + m;
  memcpy(b->px, tmp, (size_t)m * sizeof(int));
}

int main(void) {
  int *m1 = calloc(80, sizeof(int)), *m2 = calloc(80, sizeof(int)), *m3 = calloc(80, sizeof(int));
  int *m4 = calloc(80, sizeof(int));
  Buf *bs[4], *as[4], *cs[4], *ws[4];
  if (!m1 || !m2 || !m3 || !m4) return 1;
  for (int i = 0; i < 4; i++) {
    bs[i] = malloc(sizeof(Buf));
    as[i] = malloc(sizeof(Buf));
    cs[i] = malloc(sizeof(Buf));
    ws[i] = malloc(sizeof(Buf));
    if (!bs[i] || !as[i] || !cs[i] || !ws[i]) return 1;
    bs[i]->n = as[i]->n = cs[i]->n = ws[i]->n = 16;
    ws[i]->px = m4 + 16 * i;
    bs[i]->px = m1 + 16 * i;
    as[i]->px = m2 + 16 * i;
    cs[i]->px = m3 + 16 * i;
  }
#ifdef BAD
  int m = 24;                       /* more than the 16 each says */
#else
  int m = 16;
#endif
#ifdef HANDED
  for (int i = 0; i < 4; i++) handed(bs[i], m);
#else
  for (int i = 0; i < 4; i++) handed(bs[i], 16);
#endif
  for (int i = 0; i < 4; i++) aliased(as[i], m);
  for (int i = 0; i < 4; i++) whole(ws[i], m);
#ifdef COPY
  for (int i = 0; i < 4; i++) copied(cs[i], m);
#else
  for (int i = 0; i < 4; i++) copied(cs[i], 16);
#endif
  printf("%d %d %d %d %d %d %d\n", m1[16], m2[16], m2[40], m3[3], m3[20], m4[16], m4[40]);
  return 0;
}
