// Every annotation and call-site form of delayed.h, compiled WITHOUT delayc:
// the program is an ordinary serial C program, warning-free under gcc and
// clang at -std=c99, c11 and gnu11 with -Wall -Wextra (and -Wpedantic for c11),
// and prints the reference answer.
//
// RUN: %cc-gcc   -std=c99   -Wall -Wextra -Werror %delayc-cflags %s -o %t.1 && %t.1 | FileCheck %s
// RUN: %cc-gcc   -std=c11   -Wall -Wextra -Wpedantic -Werror %delayc-cflags %s -o %t.2 && %t.2 | FileCheck %s
// RUN: %cc-gcc   -std=gnu11 -Wall -Wextra -Werror %delayc-cflags %s -o %t.3 && %t.3 | FileCheck %s
// RUN: %cc-clang -std=c99   -Wall -Wextra -Werror %delayc-cflags %s -o %t.4 && %t.4 | FileCheck %s
// RUN: %cc-clang -std=c11   -Wall -Wextra -Wpedantic -Werror %delayc-cflags %s -o %t.5 && %t.5 | FileCheck %s
// RUN: %cc-clang -std=gnu11 -Wall -Wextra -Werror %delayc-cflags %s -o %t.6 && %t.6 | FileCheck %s
//
// The same file through delayc, built with OpenMP, prints the same.
// RUN: %delayc emit %s -o %t.par.c
// RUN: %cc-gcc -std=c11 -fopenmp -Wall -Wextra -Werror %delayc-cflags %t.par.c %delayc-rt -o %t.par
// RUN: env OMP_NUM_THREADS=3 %t.par | FileCheck %s
//
// CHECK: a=2 b=3 s=10 fib=6765 total=10 d=2,3,4 out=6
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED DELAYED_NAME("inc") int inc(int x) { return x + 1; }
DELAYED_PURE int twice(int x) { return 2 * x; }
DELAYED DELAYED_CUTOFF(n < 12) long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
DELAYED void add_one(DELAYED_INOUT_N(n) int *d, int n) { for (int i = 0; i < n; i++) d[i] += 1; }
DELAYED int sum(DELAYED_IN_N(n) const int *d, int n) { int s = 0; for (int i = 0; i < n; i++) s += d[i]; return s; }
DELAYED void put(DELAYED_OUT int *o, DELAYED_IN const int *i) { *o = *i * 3; }
DELAYED void fill(DELAYED_OUT_N(n) int *o, int n) { for (int i = 0; i < n; i++) o[i] = i; }
static int plain(int x) { return x * 10; }

int main(void)
{
    int d[3] = {1, 2, 3}, f[5], two = 2, out = 0;
    int a = delayed(inc)(1);
    int b = delayed(plain(0)) + 3;            /* eager, as in Dask: f runs now */
    delayed_token t = delayed_after(add_one(d, 3));
    int s = delayed_bind(sum, t)(d, 3) + twice(1) - 1;
    fill(f, 5);
    int total = sum(f, 5);
    put(&out, &two);
    long fb = fib(20);
    delayed_compute(a, b, s, d, f, total);
    printf("a=%d b=%d s=%d fib=%ld total=%d d=%d,%d,%d out=%d\n", a, b, s, fb, total, d[0], d[1], d[2], out);
    return EXIT_SUCCESS;
}
