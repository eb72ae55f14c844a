/* call_spellings.c — delayed calls written in less common but valid ways: a
 * cast on the result, a parenthesized callee `(f)(3)`, calls through `(*f)` and
 * `(&f)`, a comma-expression statement `a = f(1), b = f(2);`, a chained
 * assignment `c = d = f(3);`, a comment between `=` and the call, a parenthesized
 * return `return (f(x));`, and a result of a call on a member of a struct array
 * used as an index of another array. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int k) { return k * 4 + 1; }
DELAYED double fd(double v) { return v * 1.5; }

static int wrap(int x) { return (f(x)); }

int main(void)
{
    int r1 = (int)fd(2.5);
    double r2 = (double)f(3);
    int r3 = (f)(4);
    int r4 = (*f)(5);
    int r5 = (&f)(6);
    int a, b;
    a = f(1), b = f(2);
    int c, d;
    c = d = f(7);
    int e = /* computed lazily */ f(8);
    int w = wrap(9);
    int tbl[64] = { 0 };
    tbl[f(2) + f(3)] = f(4);
    printf("r1=%d r2=%.1f r3=%d r4=%d r5=%d a=%d b=%d c=%d d=%d e=%d w=%d tbl[22]=%d\n", r1, r2, r3, r4, r5, a, b, c, d, e, w, tbl[22]);
    return 0;
}
