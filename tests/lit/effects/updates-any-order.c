// Tasks that only update a global — add to it, count into a histogram, or
// into a mask, keep the least or the greatest of it and a value — give the
// same value in any order: they run together, each update made atomic, and
// what reads the global (a task, ordinary code) waits for all of them.
// `sum = sum + n` and `if (d < best) best = d` count; a float sum does not
// (its rounding depends on the order), nor a float least (0.0 and -0.0 compare
// equal: which one is kept depends on the order, blind 73b), nor an update that reads the global
// otherwise (`if (hits > 9) ...`), nor a count made in a loop of little work (there, or around the task itself)
// per iteration (atomics would cost more than the work): those tasks keep
// their order.
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s --input-file=%t.c
// RUN: FileCheck %s --check-prefix=EXPLAIN < %t.err
// RUN: %delayc lint %s > %t.lint; FileCheck %s --check-prefix=LINT < %t.lint
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial -lm && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par -lm
// RUN: env OMP_NUM_THREADS=1 %t.par > %t.g1 && diff %t.want %t.g1
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.g4 && diff %t.want %t.g4
// RUN: env OMP_NUM_THREADS=2 DELAYC_BATCH=1 DELAYC_STATS=1 %t.par 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS
// RUN: %cc-clang -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.clang -lm
// RUN: env OMP_NUM_THREADS=4 %t.clang > %t.c4 && diff %t.want %t.c4
// RUN: %delayc emit --target=pthreads %s -o %t.pt.c
// RUN: %cc-gcc -O1 -Wall -Werror %delayc-cflags %t.pt.c %delayc-rt -o %t.pt -lm -lpthread
// RUN: env DELAYC_NUM_THREADS=4 %t.pt > %t.p4 && diff %t.want %t.p4
//
// CHECK: {{^    }}__atomic_fetch_add(&(total), ((unsigned long)k * 3u), __ATOMIC_RELAXED);
// CHECK: {{^    }}__atomic_fetch_add(&(hist[k % 8]), (1), __ATOMIC_RELAXED);
// CHECK: {{^    }}__atomic_fetch_sub(&(left), (1), __ATOMIC_RELAXED);
// CHECK: {{^    }}__atomic_fetch_or(&(seen), (1u << (k % 32)), __ATOMIC_RELAXED);
// CHECK: {{^    }}__atomic_fetch_add(&(steps), (k), __ATOMIC_RELAXED);
// CHECK: {{^    }}DELAYC_RT_KEEP_VP((lv), &(lowest), <);
// CHECK: {{^    }}DELAYC_RT_KEEP_PV(&(highest), (k), <);
// the float sum and the counter read again stay as written
// CHECK: {{^DELAYED}} static void fwork(int k) { double v = k * 1.1; fsum += v * 0.1; }
// CHECK: {{^DELAYED}} static void dlow(int k) { double v = k % 3 ? 0.0 : -0.0; if (v < dmin) dmin = v; }
// CHECK: {{^DELAYED}} static void bump(int k) { (void)k; if (hits > 9) hits = 0; else hits++; }
// CHECK: omp task{{[^"]*}} depend(in: total, hist[0], left, seen, steps, lowest, highest){{.*}}work(
// a task that reads what the others update waits for them all, as a writer would
// CHECK: omp task{{[^"]*}} depend(inout: total){{.*}}check(
// CHECK: DELAYC_RT_WAIT(depend(in: c) depend(inout: total, left, seen, steps, lowest, highest))
// CHECK: DELAYC_RT_WAIT(depend(inout: hist[0]))
// CHECK: omp task{{[^"]*}} depend(inout: fsum){{.*}}fwork(
// CHECK: omp task{{[^"]*}} depend(inout: dmin){{.*}}dlow(
// CHECK: omp task{{[^"]*}} depend(inout: hits){{.*}}bump(
//
// EXPLAIN-DAG: updates-any-order.c:106:34: explain: call of 'work' updates 'total' (+=, -=, ++ or --) in any order with the other tasks that do: each update is atomic
// EXPLAIN-DAG: updates-any-order.c:106:34: explain: call of 'work' updates 'lowest' (least) in any order with the other tasks that do: each update is atomic
// EXPLAIN-DAG: updates-any-order.c:106:34: explain: call of 'work' updates 'highest' (greatest) in any order with the other tasks that do: each update is atomic
// EXPLAIN-DAG: updates-any-order.c:111:33: explain: call of 'fwork' keeps its order with the other tasks that use 'fsum'
// LINT: updates-any-order.c:{{[0-9]+}}:5: warning: delayed function 'work' updates the mutable global 'total' (+=, -=, ++ or --): delayc runs the tasks that only update it in any order, each update atomic, but a task run in another process updates its own copy [delayed-global-state]
// LINT: warning: delayed function 'work' updates the mutable global 'lowest' (least)
// LINT: warning: delayed function 'fwork' uses the mutable global 'fsum': delayc orders the tasks that use it one after another
// EXPLAIN-DAG: explain: call of 'tally' updates 'bins' in a loop of little work per iteration, where atomic updates would cost more than the tasks gain, so it keeps its order on it: count into a local copy and add that to 'bins' once, after the loop
// the task's own loop does a few ns an iteration: no atomic there either (blind round 41)
// EXPLAIN-DAG: explain: call of 'count_call' updates 'calls' in a loop of about {{[0-9]+}} ns an iteration, where an atomic update would cost more than the call, so the calls keep their order on it: count into a local and add it to 'calls' once, after the loop
// STATS: delayc: tasks={{[0-9]+}} peak-concurrency=2
#define _DEFAULT_SOURCE   /* usleep */
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

static unsigned long total;
static long hist[8];
static int left = 16;
static unsigned seen;
static long long steps;
static long lowest = 1000000;
static double dmin = 1.0;
static int highest = -1;
static double fsum;
static int hits;
static long bins[8];

DELAYED static void work(int k, DELAYED_OUT double *out)
{
    usleep(20000);                          /* long enough to run side by side */
    double v = (k * 37 % 11) * 1.5;
    *out = v;
    total += (unsigned long)k * 3u;
    hist[k % 8]++;
    left--;
    seen |= 1u << (k % 32);
    steps = steps + k;
    long lv = k * 37 % 11;
    if (lv < lowest) lowest = lv;
    if (highest < k) highest = k;
}

DELAYED static int check(int k) { return (int)(total % 1000) + k; }

DELAYED static void fwork(int k) { double v = k * 1.1; fsum += v * 0.1; }

DELAYED static void dlow(int k) { double v = k % 3 ? 0.0 : -0.0; if (v < dmin) dmin = v; }

DELAYED static void bump(int k) { (void)k; if (hits > 9) hits = 0; else hits++; }

DELAYED static void tally(int k) { for (int i = 0; i < 1000; i++) bins[(i * k) % 8]++; }

static long calls;
DELAYED static int count_call(int k) { calls++; return k * 2; }   /* a few ns a call, in a loop of them */

int main(void)
{
    double r[16];
    for (int k = 0; k < 16; k++) work(k, &r[k]);
    int c = check(1);
    int d = check(2);
    printf("%lu %d %d %u %lld %ld %d\n", total, c + d, left, seen, steps, lowest, highest);
    for (int k = 0; k < 8; k++) printf("%ld ", hist[k]);
    for (int k = 0; k < 6; k++) fwork(k);
    for (int k = 0; k < 6; k++) dlow(k);
    for (int k = 0; k < 14; k++) bump(k);
    for (int k = 1; k < 5; k++) tally(k);
    for (int k = 0; k < 8; k++) printf("%ld ", bins[k]);
    int twice[32];
    for (int k = 0; k < 32; k++) twice[k] = count_call(k);
    printf("%ld %d ", calls, twice[31]);
    printf("\n%.17g %d %g %g\n", fsum, hits, r[3], dmin);
    return 0;
}
