/* shadowed_names.c — the same name declared at several nesting levels, each
 * holding a delayed result (an outer `x` pending while an inner `x` is assigned),
 * a parameter shadowed by a local, and a result named like the function's
 * parameter in a helper. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int x) { return x * 2 + 1; }
DELAYED int g(int x, int y) { return x * 100 + y; }

static int helper(int x)
{
    int y = f(x);
    {
        int x = f(y);
        y = g(x, y);
    }
    return g(x, y);
}

int main(void)
{
    int x = f(1);
    int out[4];
    {
        int x = f(2);
        out[0] = g(x, 0);
        {
            int x = f(3);
            out[1] = g(x, 1);
        }
        out[2] = g(x, 2);
    }
    out[3] = g(x, 3);
    for (int x = 0; x < 2; x++) {
        int y = f(x);
        printf("inner x=%d y=%d\n", x, y);
    }
    printf("x=%d out=%d %d %d %d\n", x, out[0], out[1], out[2], out[3]);
    printf("helper=%d\n", helper(5));
    return 0;
}
