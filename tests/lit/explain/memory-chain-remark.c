// Images kept in a linked list (`for (Job *j = head; j; j = j->next)
// blur(j->in, j->out)`), each blurred into another: the task reads all memory
// through the source's pointers and writes the destination's pixels, whose
// regions delayc cannot name, the structs being reached through the list
// (blind round 61a: peak 1 and not a word without --explain).  The default
// remark counts the task as chained, and --explain says the task writes
// through the destination (it said "only reads").  (Images in an array of
// pointers are named: emit/constructed-structs.c.)
//
// RUN: %delayc emit %s -o %t.c -- %delayc-cflags 2> %t.remark
// RUN: FileCheck %s --check-prefix=REMARK --input-file=%t.remark
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 4
typedef struct {
  int w, h;
  unsigned char *pix DELAYED_N(w * h);
} Image;

DELAYED static void blur(DELAYED_IN const Image *src, DELAYED_INOUT Image *dst) {
  for (int y = 1; y < src->h - 1; y++)
    for (int x = 1; x < src->w - 1; x++)
      dst->pix[y * dst->w + x] = (unsigned char)((src->pix[(y - 1) * src->w + x] + src->pix[(y + 1) * src->w + x] +
                                                  src->pix[y * src->w + x - 1] + src->pix[y * src->w + x + 1]) / 4);
}

static Image *mk(int w, int h, int seed) {
  Image *im = malloc(sizeof *im);
  if (!im) exit(1);
  im->w = w;
  im->h = h;
  im->pix = malloc((size_t)w * h);
  if (!im->pix) exit(1);
  for (int i = 0; i < w * h; i++) im->pix[i] = (unsigned char)(i * seed);
  return im;
}

typedef struct Job { Image *in, *out; struct Job *next; } Job;

int main(void) {
  Job *head = NULL;
  unsigned long s = 0;
  for (int i = 0; i < N; i++) {
    Job *j = malloc(sizeof *j);
    if (!j) exit(1);
    j->in = mk(64, 48, i + 1);
    j->out = mk(64, 48, 0);
    j->next = head;
    head = j;
  }
  for (Job *j = head; j; j = j->next) blur(j->in, j->out);
  for (Job *j = head; j; j = j->next)
    for (int k = 0; k < 64 * 48; k++) s = s * 31 + j->out->pix[k];
  printf("%lu\n", s);
  return 0;
}
// REMARK: memory-chain-remark.c:{{[0-9]+}}:39: remark: 1 delayed call: 1 task, 1 chained
// CHECK: explain: call of 'blur': 'j->out' points to data holding pointers, which 'blur' writes through: the task reads and writes all memory reached through pointers
// ... and why it is chained, with the edit (blind 64a: --explain spoke only of batches)
// CHECK: explain: call of 'blur' runs after the one before: it reads all memory reached through pointers {{.*}} so each call waits for the last one's writes; pass 'blur' the arrays it reads as parameters of their own
