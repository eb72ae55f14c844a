// A struct of counted members handed whole to a helper of this file (blind
// 70b: `setm(b, i, v)` doing `b->data[i] = v` for i up to 2n, with
// DELAYED_N(n); the next buffer's reader ran beside it, 0 printed for
// 2800000).  The helper is called through a copy of itself that checks what
// it reaches through the members against the bounds the task read: nested
// helpers, a recursive one and one given &b of a struct by value are copied
// too.  With the counts right the tasks still run side by side and print what
// the serial program prints; with a count too small (-DBAD) the program stops
// with a runtime error naming the task and the helper.  Handing the struct
// where no copy can follow (an alias, a `void *` parameter) takes the task as
// reaching all memory, and --explain says which use.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK-NOT: call of '{{fill|total|fill_val}}': argument {{.*}} no check
// CHECK: call of 'aliased': argument 'bs[2]' holds pointers whose members say their counts, but 'aliased' uses one where no check of that count reaches ('Buf *c = b;'
// CHECK: call of 'untyped': argument 'bs[3]' holds pointers whose members say their counts, but 'untyped' uses one where no check of that count reaches ('vset(b, 5);'
// CHECK-NOT: call of '{{fill|total|fill_val}}': argument {{.*}} no check
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=1 %t.bin | diff %t.want -
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
// RUN: %cc-clang -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.cbin
// RUN: env OMP_NUM_THREADS=4 %t.cbin | diff %t.want -
// RUN: %delayc emit %s -o %t.bad.c -- %delayc-cflags -DBAD
// RUN: %cc-gcc -fopenmp %delayc-cflags -DBAD %t.bad.c %delayc-rt -o %t.bad
// RUN: env OMP_NUM_THREADS=2 not --crash %t.bad > /dev/null 2> %t.bad.err
// RUN: FileCheck %s --check-prefix=BAD --input-file=%t.bad.err
// BAD: runtime error: delayed function 'fill' through 'fill_rows' through 'setm' touches 'b->data[1000]', outside the elements 0 to 999 its DELAYED_N(n) declares for this call
// RUN: %delayc emit %s -o %t.v.c -- %delayc-cflags -DBAD -DBYVALUE
// RUN: %cc-gcc -fopenmp %delayc-cflags -DBAD -DBYVALUE %t.v.c %delayc-rt -o %t.v
// RUN: env OMP_NUM_THREADS=2 not --crash %t.v > /dev/null 2> %t.v.err
// RUN: FileCheck %s --check-prefix=VALUE --input-file=%t.v.err
// VALUE: runtime error: delayed function 'fill_val' through 'clear' touches bytes 0 to 7999 of 'b->data' (the size a library call is given), outside the bytes 0 to 3999 its DELAYED_N(n) declares
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define N 1000
#ifdef BAD
#define REACH(b) (2 * (b)->n)      /* past the count: the next buffer's elements */
#else
#define REACH(b) ((b)->n)
#endif

typedef struct { int *data DELAYED_N(n); int n; } Buf;

static Buf *view(int *p, int n) {
  Buf *b = malloc(sizeof *b);
  b->data = p;
  b->n = n;
  return b;
}

static void setm(Buf *b, int i, int v) { b->data[i] = v; }

static void fill_rows(Buf *b, int v) {
  for (int i = 0; i < REACH(b); i++) setm(b, i, v + i % 7);
}

static long rsum(const Buf *b, int lo, int hi) {      /* recursive, given the struct */
  if (hi - lo < 64) {
    long s = 0;
    for (int i = lo; i < hi; i++) s += b->data[i];
    return s;
  }
  int mid = lo + (hi - lo) / 2;
  return rsum(b, lo, mid) + rsum(b, mid, hi);
}

static void clear(Buf *b, int v) { memset(b->data, v, (size_t)REACH(b) * sizeof *b->data); }

static void vset(void *p, int v) {
  Buf *b = p;
  for (int i = 0; i < b->n; i++) b->data[i] = v;
}

DELAYED void fill(DELAYED_INOUT Buf *b, int v) {
  for (int r = 0; r < 50; r++) fill_rows(b, v + r);
}

DELAYED long total(DELAYED_IN const Buf *b) { return rsum(b, 0, b->n); }

DELAYED void fill_val(Buf b, int v) { clear(&b, v); }

DELAYED void aliased(DELAYED_INOUT Buf *b, int v) {
  Buf *c = b;
  for (int i = 0; i < c->n; i++) c->data[i] = v;
}

DELAYED void untyped(DELAYED_INOUT Buf *b) { vset(b, 5); }

int main(void) {
  int *blk = calloc(5 * N, sizeof *blk);
  Buf *bs[5];
  for (int k = 0; k < 5; k++) bs[k] = view(blk + k * N, N);
#ifdef BYVALUE
  fill_val(*bs[0], 1);
#else
  fill(bs[0], 7);
  fill_val(*bs[4], 1);
#endif
  long s1 = total(bs[1]);
  fill(bs[1], 3);
  aliased(bs[2], 4);
  untyped(bs[3]);
  long s0 = total(bs[0]), s2 = total(bs[1]), s3 = total(bs[2]), s4 = total(bs[3]), s5 = total(bs[4]);
  printf("%ld %ld %ld %ld %ld %ld\n", s1, s0, s2, s3, s4, s5);
  return 0;
}
