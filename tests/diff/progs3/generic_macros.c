/* generic_macros.c — C11 `_Generic` dispatch and helper macros around delayed
 * calls, as a library-minded user writes them: a type-generic `SHOW(x)` macro
 * whose controlling expression is a delayed result variable, `_Generic` applied
 * directly to a delayed call (the call appears once evaluated), a `MAX(a,b)`
 * macro on results, and `_Alignas` storage written by a task. */
#include <stdio.h>
#include "delayed.h"

static void show_int(const char *n, int v) { printf("%s = %d (int)\n", n, v); }
static void show_dbl(const char *n, double v) { printf("%s = %.4f (double)\n", n, v); }
static void show_long(const char *n, long v) { printf("%s = %ld (long)\n", n, v); }

#define SHOW(x) _Generic((x), int: show_int, double: show_dbl, long: show_long)(#x, (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

DELAYED int isq(int v) { return v * v; }
DELAYED double half(double v) { return v / 2; }
DELAYED long lmul(long a, long b) { return a * b; }

int main(void)
{
    int a = isq(7);
    double b = half(9.0);
    long c = lmul(123456, 789);
    SHOW(a);
    SHOW(b);
    SHOW(c);
    int d = _Generic(isq(3), int: isq(4), default: 0);
    double e = _Generic(half(1.0), double: 1.0, default: 2.0);
    int m = MAX(a, isq(8));
    int m2 = MAX(isq(2), isq(3));
    _Alignas(32) int aligned = isq(11);
    SHOW(d);
    SHOW(e);
    SHOW(m);
    SHOW(m2);
    SHOW(aligned);
    long acc = 0;
    for (int i = 1; i <= 5; i++) {
        long t = lmul(i, c % 1000);
        acc = MAX(acc, t);
    }
    SHOW(acc);
    return 0;
}
