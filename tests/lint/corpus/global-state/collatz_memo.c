/* collatz_memo.c — Collatz chain lengths with a memo table kept in a static
 * local of the delayed function: every use of the table is a global-state
 * access.  A static const local is fine.  longest() counts its calls in a static
 * local as well.  chain_len() recomputes and keeps no state. */
#include <stdio.h>
#include "delayed.h"

DELAYED long collatz_memo(long n)
{
    static long cache[1024];
    static const long limit = 1024;
    if (n < limit && cache[n]) // expect: delayed-global-state
        return cache[n]; // expect: delayed-global-state
    long steps = 0;
    for (long m = n; m != 1; steps++)
        m = (m % 2) ? 3 * m + 1 : m / 2;
    if (n < limit)
        cache[n] = steps; // expect: delayed-global-state
    return steps;
}

DELAYED long chain_len(long n)
{
    long steps = 0;
    for (long m = n; m != 1; steps++)
        m = (m % 2) ? 3 * m + 1 : m / 2;
    return steps;
}

DELAYED long longest(long lo, long hi)
{
    static int calls;
    calls++; // expect: delayed-global-state
    long best = lo, best_len = 0;
    for (long n = lo; n < hi; n++) {
        long steps = 0;
        for (long m = n; m != 1; steps++)
            m = (m % 2) ? 3 * m + 1 : m / 2;
        if (steps > best_len) {
            best_len = steps;
            best = n;
        }
    }
    return best;
}

int main(void)
{
    long a = collatz_memo(27);
    long b = chain_len(97);
    long b2 = chain_len(871);
    long c = longest(1, 100000);
    printf("%ld %ld %ld %ld\n", a, b, b2, c);
    return 0;
}
