// Loops whose small calls stay tasks one by one, and --explain says why: a
// return in the loop, ordinary code in it waiting for a result (calls this
// small then run inline: analyze.c inline_tiny_waited), a chain through
// a variable every call writes (of calls of microseconds), calls estimated
// coarse enough.  None of them is
// batched.
//
// RUN: %delayc emit %s -o %t.c --explain 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=CODE < %t.c
// RUN: %cc-gcc -Wall -Wextra %delayc-cflags %s -o %t.serial && %t.serial > %t.expected
// RUN: %cc-gcc -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.c %delayc-rt -o %t.bin
// RUN: env OMP_NUM_THREADS=2 %t.bin > %t.out && diff %t.expected %t.out
//
// CHECK-DAG: batch-refused.c:[[@LINE+26]]:5: explain: the loop's calls of 'sq' are tasks one by one, not batches: it holds a return, a goto or a label
// CHECK-DAG: batch-refused.c:[[@LINE+36]]:16: explain: call of 'sq' runs inline: the iteration waits for it further on, and about {{[0-9]+}} ns is less than a task costs
// CHECK-DAG: batch-refused.c:[[@LINE+44]]:5: explain: the loop's calls of 'sq+plus' are tasks one by one, not batches: its calls form a chain on what they all write
// CHECK-DAG: batch-refused.c:[[@LINE+52]]:5: explain: the loop's calls of 'heavy' are tasks one by one: about {{[0-9]+}} us per iteration, coarse enough
// CODE-NOT: {{[d]}}elayc_rt_batch
#include <stdio.h>
#include "delayed.h"

DELAYED long sq(long x) { return x * x % 1009; }
DELAYED long plus(long a, long b)   /* a few microseconds: a chain of them stays tasks */
{
    long r = a;
    for (int k = 0; k < 300; k++)
        r = (r + b + k) % 1000003;
    return r;
}
DELAYED long heavy(long x)
{
    long r = x;
    for (long k = 0; k < 2000000; k++)
        r = (r * 31 + k) % 1000003;
    return r;
}

static long first_big(long *v, int n)
{
    for (int i = 0; i < n; i++) {
        v[i] = sq(i);
        if (i == n - 1) return v[0];
    }
    return -1;
}

static long running(long *v, int n)
{
    long last = 0;
    for (int i = 0; i < n; i++) {
        v[i] = sq(i);
        last = v[i];
    }
    return last;
}

static long chained(long *v, int n)
{
    long total = 0;
    for (int i = 0; i < n; i++) {
        v[i] = sq(i);
        total = plus(total, i);
    }
    return total;
}

static long coarse(long *v, int n)
{
    for (int i = 0; i < n; i++)
        v[i] = heavy(i);
    return v[n - 1];
}

int main(void)
{
    static long v[64];
    printf("%ld %ld %ld %ld\n", first_big(v, 64), running(v, 64), chained(v, 64), coarse(v, 4));
    return 0;
}
