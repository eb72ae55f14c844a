// A CSR matrix whose pointer members say their counts as expressions of its
// members (`int *rowptr DELAYED_N(n + 1)`), handed on by a function that
// takes it by pointer (`spmv(const Csr *A, ...)` calling a DELAYED block of
// rows): each task declares the regions the members reach, `(A)->rowptr`
// for `(A)->n + 1` elements, and the blocks run in parallel (before, the
// count was "no member 'n + 1'" and the task read all memory, ordered with
// every block's write of y).  The blocks sleep, so that they overlap on any
// machine.  The members' places and counts are read when a task is spawned,
// after the tasks writing the struct's bytes are done: where another task of
// the function writes an int array (which might hold one of its counts), the
// spawn's wait compares its region with the struct's as the program runs.
// An access past a member's count stops the program (the count is checked,
// not trusted).
//
// RUN: %delayc emit %s -o %t.c --explain -- -Wno-unused 2> %t.err
// RUN: FileCheck %s --input-file=%t.c
// RUN: FileCheck --check-prefix=EXPLAIN %s --input-file=%t.err
// RUN: %cc-gcc -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: %cc-gcc -Wall -Werror %delayc-cflags %s -o %t.serial
// RUN: %t.serial > %t.ref
// RUN: env OMP_NUM_THREADS=1 %t.bin > %t.1 && diff %t.ref %t.1
// RUN: env OMP_NUM_THREADS=4 DELAYC_STATS=1 %t.bin > %t.4 2> %t.stats && diff %t.ref %t.4
// RUN: FileCheck --check-prefix=STATS %s --input-file=%t.stats
// RUN: not --crash env OMP_NUM_THREADS=2 %t.bin past 2>&1 | FileCheck --check-prefix=PAST %s
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

typedef struct {
  int n, nnz;
  int *rowptr DELAYED_N(n + 1);
  int *col DELAYED_N(nnz);
  double *val DELAYED_N(nnz);
} Csr;

static int past;    /* set by `past` on the command line: a block reads one row too many */

DELAYED static void rows(int lo, int hi, DELAYED_IN const Csr *A, DELAYED_IN_N(A->n) const double *x,
                         DELAYED_OUT_N(hi - lo) double *y) {
  for (int i = lo; i < hi; i++) {
    double s = 0;
    for (int k = A->rowptr[i]; k < A->rowptr[i + 1 + (past && i == A->n - 1)]; k++) s += A->val[k] * x[A->col[k]];
    y[i - lo] = s;
  }
  usleep(20000);
}

DELAYED static void clear(DELAYED_OUT_N(n) int *t, int n) { memset(t, 0, sizeof *t * (size_t)n); }

// CHECK-LABEL: static void spmv(
// CHECK: DELAYC_RT_DEP_R(DELAYC_RT_IN, (*(((__dc{{[0-9]*}}_a{{[0-9_]+}})->rowptr))), (((__dc{{[0-9]*}}_a{{[0-9_]+}})->n + 1)))
static void spmv(const Csr *A, const double *x, double *y) {
  for (int i = 0; i < A->n; i += 4) rows(i, i + 4 < A->n ? i + 4 : A->n, A, x, &y[i]);
}

// CHECK-LABEL: static void spmv_and_clear(
// CHECK: {{^}}{{.*}}delayc_rt_region_wait_list(&__dc{{[0-9]*}}_rg, &(const delayc_rt_region){ (const void *)&(*(A)), (size_t)((1)) * sizeof((*(A)))
// CHECK: DELAYC_RT_DEP_R(DELAYC_RT_IN, (*(((__dc{{[0-9]*}}_a{{[0-9_]+}})->rowptr))), (((__dc{{[0-9]*}}_a{{[0-9_]+}})->n + 1)))
static void spmv_and_clear(const Csr *A, const double *x, double *y, int *t, int n) {
  clear(t, n);
  for (int i = 0; i < A->n; i += 4) rows(i, i + 4 < A->n ? i + 4 : A->n, A, x, &y[i]);
}

int main(int argc, char **argv) {
  past = argc > 1 && !strcmp(argv[1], "past");
  int n = 32;
  Csr A = {n, 0, malloc(sizeof(int) * (size_t)(n + 2)), malloc(sizeof(int) * 3 * (size_t)n),
           malloc(sizeof(double) * 3 * (size_t)n)};
  for (int i = 0; i < n; i++) {
    A.rowptr[i] = A.nnz;
    for (int j = i - 1; j <= i + 1; j++)
      if (j >= 0 && j < n) { A.col[A.nnz] = j; A.val[A.nnz++] = j == i ? 2.0 : -0.5; }
  }
  A.rowptr[n] = A.rowptr[n + 1] = A.nnz;
  double *x = malloc(sizeof(double) * (size_t)n), *y = malloc(sizeof(double) * (size_t)n);
  int t[8];
  for (int i = 0; i < n; i++) x[i] = i % 5;
  spmv(&A, x, y);
  double s = 0;
  for (int i = 0; i < n; i++) s += y[i] * (i + 1);
  spmv_and_clear(&A, y, x, t, 8);
  for (int i = 0; i < n; i++) s += x[i] + t[i % 8];
  printf("%.3f\n", s);
  free(A.rowptr); free(A.col); free(A.val); free(x); free(y);
  return 0;
}
// EXPLAIN: explain: call of 'rows': argument 'A' points to a struct whose pointer members say their counts (DELAYED_N): the task declares their regions, read when it is spawned
// EXPLAIN-NOT: reads all memory reached through pointers
// STATS: delayc: tasks={{[0-9]+}} peak-concurrency={{[2-4]}}
// PAST: struct-member-param.c:{{[0-9]+}}:{{[0-9]+}}: runtime error: delayed function 'rows' touches 'A->rowptr[33]'
