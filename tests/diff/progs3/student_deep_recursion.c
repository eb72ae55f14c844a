/* student_deep_recursion.c — *purposely* against the best practices: linear
 * recursion with no DELAYED_CUTOFF, as a student writes it on day one
 * (`return n + tri(n - 1);`, the ternary form, and a recursive digit sum),
 * 30,000 levels deep. Serially this uses well under 2 MB of stack; the
 * generated program must not need much more (each level is one task and an
 * immediate wait, so nothing can run in parallel anyway). */
#include <stdio.h>
#include "delayed.h"

#define DEPTH 30000

DELAYED long tri(int n)
{
    if (n == 0)
        return 0;
    return n + tri(n - 1);
}

DELAYED long tri2(int n)
{
    return n == 0 ? 0 : n + tri2(n - 1);
}

DELAYED int digit_walk(int n, int acc)
{
    if (n == 0)
        return acc;
    return digit_walk(n - 1, (acc + n % 10) % 997);
}

int main(void)
{
    long a = tri(DEPTH);
    long b = tri2(DEPTH / 2);
    int c = digit_walk(DEPTH, 0);
    printf("tri=%ld tri2=%ld walk=%d\n", a, b, c);
    return 0;
}
