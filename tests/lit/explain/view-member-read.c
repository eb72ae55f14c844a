// A local pointer to one element of an array that tasks fill (`st = &stats[s]`)
// read member by member in ordinary code (`st->var - st->mean`) does not
// publish the array: a number loaded through it carries no address, so the
// tasks still run together (a blind legacy program, batch_stats.c, had all its
// calls serial).  Storing the pointer itself (`keep = st`) still publishes it.
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: env OMP_NUM_THREADS=1 %t.par > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.g4 && diff %t.want %t.g4
//
// CHECK: view-member-read.c:48:11: explain: 'other' has its address stored
// CHECK: view-member-read.c:47:5: explain: call of 'stat' runs serially: 'other' has its address stored by ordinary code
// CHECK-NOT: view-member-read.c:38:{{.*}}serially
// CHECK: view-member-read.c:37:3: explain: the loop's calls of 'stat' are tasks one by one
#include <stdio.h>
#include "delayed.h"

typedef struct { double mean, var; double acf[4]; } St;

DELAYED static void stat(int s, DELAYED_OUT St *out) {
  double m = 0;
  for (int i = 0; i < 100000; i++) m += (i % (s + 3)) * 1e-6;
  out->mean = m;
  out->var = m / 2;
  for (int l = 0; l < 4; l++) out->acf[l] = l * m;
}

static const St *keep;

int main(void) {
  St stats[8], other[2];
  int s, l;
  double g = 0;
  for (s = 0; s < 8; s++)
    stat(s, &stats[s]);
  for (s = 0; s < 8; s++) {
    const St *st = &stats[s];
    double iqr = st->var - st->mean;
    g += st->mean + iqr;
    for (l = 0; l < 4; l++) g += st->acf[l];
  }
  printf("%.6f\n", g);
  for (s = 0; s < 2; s++)
    stat(s + 1, &other[s]);
  keep = &other[1];
  printf("%.6f\n", keep->mean);
  return 0;
}
