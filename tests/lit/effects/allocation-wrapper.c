// The file's own wrappers of malloc (`xmalloc`: malloc, stop the program when
// it fails, return the block) give fresh memory, as malloc does: a task that
// writes into a block it got from one touches nothing shared, and the calls
// run together.  A wrapper that also keeps the block (`last_block = p`) gives
// memory another name reaches: its tasks keep their order.
//
// RUN: %delayc plan %s > %t.plan 2>&1
// RUN: FileCheck %s < %t.plan
// RUN: %delayc emit %s -o %t.c
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.g4 && diff %t.want %t.g4
// RUN: env OMP_NUM_THREADS=2 DELAYC_BATCH=1 %t.par > %t.g2 && diff %t.want %t.g2
//
// CHECK: callee: fill
// CHECK-NOT: callee:
// CHECK-NOT: inout <memory>
// CHECK: callee: fill_kept
// CHECK: inout <memory>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (p == NULL) {
        fputs("out of memory\n", stderr);
        abort();
    }
    memset(p, 0, n);
    return p;
}

static double *last_block;

static double *keep_alloc(size_t n)
{
    double *p = calloc(n, sizeof *p);
    if (!p) exit(1);
    last_block = p;
    return p;
}

DELAYED static double fill(int k)
{
    double *b = xmalloc(512 * sizeof *b), s = 0;
    for (int r = 0; r < 200; r++)
        for (int i = 0; i < 512; i++) b[i] += (i * 3 + k + r) % 11;
    for (int i = 0; i < 512; i++) s += b[i];
    free(b);
    return s;
}

DELAYED static double fill_kept(int k)
{
    double *b = keep_alloc(64), s = 0;
    for (int i = 0; i < 64; i++) b[i] = i + k;
    for (int i = 0; i < 64; i++) s += b[i];
    return s;
}

int main(void)
{
    double r[8], q[4], t = 0;
    for (int k = 0; k < 8; k++) r[k] = fill(k);
    for (int k = 0; k < 4; k++) q[k] = fill_kept(k);
    for (int k = 0; k < 8; k++) t += r[k];
    for (int k = 0; k < 4; k++) t += q[k];
    printf("%.1f\n", t);
    return 0;
}
