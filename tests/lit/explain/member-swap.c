// Counted members of one count swapped inside the task (a leapfrog's
// u_prev, u, u_next rotated each step): the struct's members still name the
// blocks its regions named at the spawn, so the task keeps them, and the
// calls on separate structs run together (blind round 57a: "changes what the
// counted members name", then "'doms' has its address stored").  A member
// given a block of another count, or a new one, still is a move.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial -lm
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin -lm
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
// RUN: %delayc emit %s -o %t.moved.c --explain -- %delayc-cflags -DMOVED 2>&1 | FileCheck %s --check-prefix=MOVED
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct {
  double *prev DELAYED_N(n), *cur DELAYED_N(n), *next DELAYED_N(n);
  size_t n;
  double *hist DELAYED_N(steps);
  int steps;
} Domain;

DELAYED static void simulate(DELAYED_INOUT Domain *d) {
  for (int s = 0; s < d->steps; s++) {
    for (size_t i = 1; i + 1 < d->n; i++)
      d->next[i] = 2 * d->cur[i] - d->prev[i] + 0.1 * (d->cur[i + 1] - 2 * d->cur[i] + d->cur[i - 1]);
    double *t = d->prev;
    d->prev = d->cur;
    d->cur = d->next;
    d->next = t;
#ifdef MOVED
    d->next = d->hist;
#endif
    d->hist[s] = d->cur[d->n / 2];
  }
}
// CHECK-NOT: address stored
// CHECK: member-swap.c:[[@LINE+16]]:31: explain: call of 'simulate': argument '&doms[k]' points to a struct whose pointer members say their counts (DELAYED_N): the task declares their regions
// MOVED: call of 'simulate': argument '&doms[k]' holds pointers whose members say their counts, but 'simulate' changes what they name ('d->next = d->hist')

static void init(Domain *d, size_t n) {
  d->n = n;
  d->steps = 200;
  d->prev = calloc(d->n, sizeof(double));
  d->cur = calloc(d->n, sizeof(double));
  d->next = calloc(d->n, sizeof(double));
  d->hist = calloc((size_t)d->steps, sizeof(double));
  for (size_t i = 0; i < d->n; i++) d->prev[i] = d->cur[i] = (i == d->n / 3) ? 1.0 : 0.0;
}

int main(void) {
  Domain doms[6];
  for (int k = 0; k < 6; k++) init(&doms[k], 500 + 50 * (size_t)k);
  for (int k = 0; k < 6; k++) simulate(&doms[k]);
  double sum = 0;
  for (int k = 0; k < 6; k++)
    for (int s = 0; s < doms[k].steps; s++) sum += doms[k].hist[s] * (s % 7 + 1);
  printf("%.12f\n", sum);
  return 0;
}
