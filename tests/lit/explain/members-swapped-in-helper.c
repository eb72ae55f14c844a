// A task whose helper swaps two counted members of one count (a double
// buffer: tmp = p->t; p->t = p->u; p->u = tmp) still names the blocks its
// regions named at the spawn: its regions hold (blind 64a: the heat plates'
// simulation, 191 ms a call, was taken as reaching all memory).  A helper
// that gives a member a new block changes what it names: all memory.
//
// RUN: %delayc emit %s -o %t.c --explain -- %delayc-cflags 2> %t.err
// RUN: FileCheck %s --input-file=%t.err
// CHECK-NOT: call of 'simulate': argument {{.*}} changes what they name
// CHECK: call of 'regrow': argument '&plates[k]' holds pointers whose members say their counts, but 'regrow' changes what they name ('grow(p)')
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.want
// RUN: %cc-gcc -Wall -Werror -fopenmp %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=4 %t.bin | diff %t.want -
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct {
  int n;
  double *t DELAYED_N(n);
  double *u DELAYED_N(n);
} Plate;

static void step(Plate *p) {
  for (int i = 1; i < p->n - 1; i++) p->u[i] = (p->t[i - 1] + p->t[i] + p->t[i + 1]) / 3;
  double *tmp = p->t;
  p->t = p->u;
  p->u = tmp;
}

static void grow(Plate *p) {
  free(p->u);
  p->u = calloc((size_t)p->n, sizeof(double));
}

DELAYED static void simulate(DELAYED_INOUT Plate *p) {
  for (int s = 0; s < 50; s++) step(p);
}

DELAYED static void regrow(DELAYED_INOUT Plate *p) { grow(p); }

int main(void) {
  Plate plates[4];
  for (int k = 0; k < 4; k++) {
    plates[k].n = 64;
    plates[k].t = calloc(64, sizeof(double));
    plates[k].u = calloc(64, sizeof(double));
    plates[k].t[32] = 100 * (k + 1);
  }
  for (int k = 0; k < 4; k++) simulate(&plates[k]);
  for (int k = 0; k < 4; k++) regrow(&plates[k]);
  for (int k = 0; k < 4; k++) printf("%.6f %.6f\n", plates[k].t[30], plates[k].t[33]);
  for (int k = 0; k < 4; k++) { free(plates[k].t); free(plates[k].u); }
  return 0;
}
