/* comma_operator.c — the comma operator around delayed calls, as written by
 * someone who likes compact C: `int t = (f(1), f(2));` (the first call's value
 * discarded), `x = (g(&n), f(n));` where the discarded call has a side effect
 * through a DELAYED_INOUT pointer, and a comma in a for header (`i++, acc +=
 * f(i)`). The serial program compiles warning-free; so must delayc's output. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int v) { return v * 7 + 1; }
DELAYED int g(DELAYED_INOUT int *n) { *n += 5; return *n; }

int main(void)
{
    int t = (f(1), f(2));
    int n = 1;
    int x = (g(&n), f(n));
    int acc = 0, i;
    for (i = 0, acc = f(0); i < 5; i++, acc += f(i))
        ;
    int y;
    y = (f(3), f(4));
    printf("t=%d x=%d n=%d acc=%d y=%d\n", t, x, n, acc, y);
    return 0;
}
