// DELAYED_GRAIN(n) fixes the calls per batch of a loop of the function's calls:
// 100,000 calls in batches of 2,500 are 40 tasks (and the sum's one), whatever
// the runtime measures; DELAYC_BATCH overrides it.  A grain that is not a
// positive whole number is an error at the annotation, and nothing is written.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s --check-prefix=EXPLAIN < %t.err
// RUN: %cc-gcc -O2 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=2 DELAYC_STATS=1 %t.bin 2>&1 | FileCheck %s --check-prefix=STATS
// RUN: env OMP_NUM_THREADS=2 DELAYC_STATS=1 DELAYC_BATCH=50000 %t.bin 2>&1 | FileCheck %s --check-prefix=ENV
// RUN: not %delayc emit %s -o %t.bad.c -- -DBAD 2> %t.bad.err
// RUN: FileCheck %s --check-prefix=BAD < %t.bad.err
// RUN: not test -e %t.bad.c
//
// EXPLAIN: batch-grain.c:[[@LINE+17]]:5: explain: the loop's calls of 'cube' run in batches of 2500 calls (DELAYED_GRAIN)
// STATS: 2497500000
// STATS: delayc: tasks=40 peak
// ENV: delayc: tasks=2 peak
// BAD: batch-grain.c:[[@LINE+5]]:{{[0-9]+}}: error: DELAYED_GRAIN(many) of 'cube' is not a positive whole number (a macro is not expanded there)
#include <stdio.h>
#include "delayed.h"

#ifdef BAD
DELAYED DELAYED_GRAIN(many) long cube(long x) { return x % 1000 * 50; }
#else
DELAYED DELAYED_GRAIN(2500) long cube(long x) { return x % 1000 * 50; }
#endif

int main(void)
{
    static long v[100000];
    for (long i = 0; i < 100000; i++)
        v[i] = cube(i);
    long s = 0;
    for (long i = 0; i < 100000; i++)
        s += v[i];
    printf("%ld\n", s);
    return 0;
}
