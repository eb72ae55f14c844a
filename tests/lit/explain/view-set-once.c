// A pointer declared without a value and set once (`bx = x + N`) is a view of
// the buffer, as an initialized one is: it does not publish the buffer, and
// the tasks writing its blocks run together (a legacy program's matvec calls
// were all serial).  A pointer set twice is not a view: the buffer's address
// is stored, and the tasks on it keep their order.
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: env OMP_NUM_THREADS=1 %t.par > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.g4 && diff %t.want %t.g4
//
// CHECK: view-set-once.c:44:9: explain: 'y' has its address stored: tasks that touch it run serially
// CHECK: view-set-once.c:47:5: explain: call of 'scale' runs serially: 'y' has its address stored by ordinary code
// CHECK-NOT: view-set-once.c:3{{[0-9]}}:{{.*}}serially
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 1000

DELAYED static void scale(DELAYED_IN_N(N) const double *x, double k, DELAYED_OUT_N(N) double *y)
{
    for (int r = 0; r < 200; r++)
        for (int i = 0; i < N; i++) y[i] = x[i] * k + r * 1e-9;
}

int main(void)
{
    double *x = malloc(3 * N * sizeof *x), *bx, *cx;
    if (!x) return 1;
    bx = x + N;
    cx = x + 2 * N;
    for (int i = 0; i < N; i++) x[i] = i % 7;
    scale(x, 2.0, bx);
    scale(x, 3.0, cx);
    double s = 0;
    for (int i = 0; i < N; i++) s += bx[i] + cx[i];
    printf("%.3f\n", s);

    double *y = malloc(2 * N * sizeof *y), *p;
    if (!y) return 1;
    p = y;
    for (int i = 0; i < N; i++) y[i] = i % 5;
    p = y + N;
    scale(y, 4.0, p);
    printf("%.3f\n", p[N - 1]);
    free(x);
    free(y);
    return 0;
}
