/* fnptr_results.c — a delayed function returning a function pointer (with and
 * without a typedef), the returned pointer called by ordinary code and passed to
 * another delayed function, and `delayed(op)(x)` on a function-pointer variable. */
#include <stdio.h>
#include "delayed.h"

typedef int (*op_fn)(int);

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static int negate(int x) { return -x; }

DELAYED op_fn pick(int k)
{
    switch (k % 3) {
    case 0: return twice;
    case 1: return square;
    default: return negate;
    }
}

DELAYED int (*pick_raw(int k))(int) { return k ? square : twice; }

DELAYED int apply(op_fn f, int x) { return f(x); }

int main(void)
{
    op_fn ops[5];
    for (int i = 0; i < 5; i++)
        ops[i] = pick(i);
    int vals[5];
    for (int i = 0; i < 5; i++)
        vals[i] = apply(ops[i], i + 3);

    int (*raw)(int) = pick_raw(1);
    int rv = raw(9);

    op_fn chosen = negate;
    int d1 = delayed(chosen)(8);
    chosen = twice;
    int d2 = delayed(chosen)(8);

    for (int i = 0; i < 5; i++)
        printf("%d ", vals[i]);
    printf("\nrv=%d d1=%d d2=%d ops0=%d\n", rv, d1, d2, ops[0](21));
    return 0;
}
