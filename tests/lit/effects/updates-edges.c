// Updates in any order, the edges (found by a blind round):
// - two members of a union overlap: adding to the whole and to a half do not
//   commute, so those tasks keep their order;
// - an update under `#pragma omp atomic` is atomic already: it is left as
//   written (an __atomic builtin would not be a statement the pragma accepts);
// - the compilers' atomics (`__atomic_fetch_add(&x, ...)`, `__sync_fetch_and_or`,
//   <stdatomic.h>'s atomic_fetch_add, `x += n` on an _Atomic object) are
//   updates atomic as written: in any order, left as they are; other atomics
//   (`__atomic_store_n`) write what their pointer reaches: readers wait;
// - a task that updates a global and reads it too only orders the updates
//   around it: the others still run in any order.
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=CODE --input-file=%t.c
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: env OMP_NUM_THREADS=1 %t.par > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.g4 && diff %t.want %t.g4
// RUN: %cc-clang -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.clang
// RUN: env OMP_NUM_THREADS=4 %t.clang > %t.c4 && diff %t.want %t.c4
//
// CHECK-DAG: explain: call of 'add_whole' keeps its order with the other tasks that use 'w'
// CHECK-DAG: explain: call of 'add_low' keeps its order with the other tasks that use 'w'
// CHECK-DAG: explain: call of 'add_atomic' updates 'counted' (+=, -=, ++ or --) in any order with the other tasks that do
// CHECK-DAG: explain: call of 'add_builtin' updates 'acc' (+=, -=, ++ or --) in any order with the other tasks that do
// CHECK-DAG: explain: call of 'add_builtin' updates 'mask' (|=) in any order with the other tasks that do
// CHECK-DAG: explain: call of 'add_c11' updates 'done' (+=, -=, ++ or --) in any order with the other tasks that do
// CHECK-DAG: explain: call of 'add_c11' updates 'seen' (+=, -=, ++ or --) in any order with the other tasks that do
// CHECK-DAG: explain: call of 'store' keeps its order with the other tasks that use 'last'
// CHECK-DAG: explain: call of 'add' updates 'total' (+=, -=, ++ or --) in any order with the other tasks that do
// CHECK-DAG: explain: call of 'add_and_show' keeps its order with the other tasks that use 'total'
// CODE: {{^}}#pragma omp atomic
// CODE-NEXT: {{^}}    counted += k;
// CODE: {{^}}DELAYED static void add_builtin(int k) { usleep(1000); __atomic_fetch_add(&acc, k, __ATOMIC_RELAXED); __sync_fetch_and_or(&mask, 1ul << k); }
#define _DEFAULT_SOURCE   /* usleep */
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

static union word { unsigned long long whole; unsigned int half[2]; } w = { 0xFFFFFFFFull };
static long counted;
static long acc;
static unsigned long mask;
static atomic_long done;
static _Atomic int seen;
static long last;
static long total;

DELAYED static void add_whole(int ms) { usleep(ms * 1000); w.whole += 1; }
DELAYED static void add_low(int ms) { usleep(ms * 1000); w.half[0]++; }

DELAYED static void add_atomic(int k)
{
    usleep(2000);
#pragma omp atomic
    counted += k;
}

DELAYED static void add_builtin(int k) { usleep(1000); __atomic_fetch_add(&acc, k, __ATOMIC_RELAXED); __sync_fetch_and_or(&mask, 1ul << k); }
DELAYED static void add_c11(int k) { usleep(1000); atomic_fetch_add(&done, k); seen += 2; }
DELAYED static void store(int k) { usleep(1000); __atomic_store_n(&last, k, __ATOMIC_RELAXED); }

DELAYED static void add(int k) { usleep(5000); total += k; }
DELAYED static void add_and_show(int k) { total += k; printf("so far %ld\n", total); }

int main(void)
{
    add_whole(20);
    add_low(1);
    for (int k = 0; k < 8; k++) add_atomic(k);
    for (int k = 0; k < 8; k++) add_builtin(k);
    for (int k = 0; k < 8; k++) add_c11(k);
    for (int k = 0; k < 8; k++) store(k);
    for (int k = 0; k < 6; k++) add(k);
    add_and_show(1000);
    for (int k = 0; k < 6; k++) add(k * 100);
    printf("w=%#llx counted=%ld acc=%ld mask=%lx done=%ld seen=%d last=%ld total=%ld\n", w.whole, counted, acc, mask,
           (long)atomic_load(&done), (int)seen, last, total);
    return 0;
}
