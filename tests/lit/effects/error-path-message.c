// A message on an error path that ends the process (`die("...")`, the
// `fprintf(stderr, ...); exit(1);` of an allocation wrapper) reads the console,
// like the exit itself: the tasks of a function that may fail that way run
// together.  A message that does not end the process still writes the console,
// so those tasks keep their order.  When a task fails, the program prints the
// message and ends with the serial program's status.
//
// RUN: %delayc emit --explain %s -o %t.c 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %cc-gcc -O1 -Wall %delayc-cflags %s -o %t.serial && %t.serial > %t.want
// RUN: %cc-gcc -O1 -fopenmp -Wall -Werror %delayc-cflags %t.c %delayc-rt -o %t.par
// RUN: env OMP_NUM_THREADS=4 %t.par > %t.g4 && diff %t.want %t.g4
// RUN: env OMP_NUM_THREADS=2 DELAYC_BATCH=1 DELAYC_STATS=1 %t.par 2>&1 >/dev/null | FileCheck %s --check-prefix=STATS
// RUN: not %t.serial fail > %t.fs 2>&1; not env OMP_NUM_THREADS=4 %t.par fail > %t.fp 2>&1; diff %t.fs %t.fp
//
// CHECK: error-path-message.c:77:40: explain: call of 'noisy' keeps its order with the other tasks that use the console (fprintf() in 'noisy')
// CHECK: explain: call of 'verify' keeps its order with the other tasks that use the console (printf() in 'verify', a message with values on the way to exit){{$}}
// STATS: delayc: tasks=24 peak-concurrency=2
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

static void die(const char *msg)
{
    fprintf(stderr, "error-path: %s\n", msg);
    exit(EXIT_FAILURE);
}

static double *xmalloc(size_t n)
{
    double *p = malloc(n * sizeof *p);
    if (!p) {
        fprintf(stderr, "error-path: out of memory\n");
        exit(EXIT_FAILURE);
    }
    return p;
}

DELAYED static double work(int k, int fail)
{
    if (fail && k == 5) die("block 5 failed");
    double *tmp = xmalloc(1000), s = 0;
    for (int r = 0; r < 2000; r++)
        for (int i = 0; i < 1000; i++) tmp[i] = (i * 7 + k + r) % 13;
    for (int i = 0; i < 1000; i++) s += tmp[i];
    free(tmp);
    return s;
}

/* a message that names the failing call: the serial program prints the
 * first failure in its order, so these tasks keep theirs (blind round 41:
 * records 40, 41 and 55 failing printed 41 or 55) */
DELAYED static long verify(int rec, int fail)
{
    long h = 0;
    for (int k = 0; k < 20000; k++) h = (h * 31 + rec + k) % 1000003;
    if (fail && (rec == 4 || rec == 6)) {
        printf("record %d: bad checksum %ld\n", rec, h % 100);
        exit(EXIT_FAILURE);
    }
    return h;
}

/* prints on its normal path: its calls keep their order */
DELAYED static double noisy(int k)
{
    fprintf(stderr, "noisy %d\n", k);
    return k * 2.0;
}

int main(int argc, char **argv)
{
    int fail = argc > 1 && !strcmp(argv[1], "fail");
    double r[8], q[8], t = 0;
    for (int k = 0; k < 8; k++) r[k] = work(k, fail);
    for (int k = 0; k < 8; k++) q[k] = noisy(k);
    long v[8];
    for (int k = 0; k < 8; k++) v[k] = verify(k, fail);
    for (int k = 0; k < 8; k++) t += (double)(v[k] % 7);
    for (int k = 0; k < 8; k++) t += r[k] + q[k];
    printf("%.1f\n", t);
    return 0;
}
