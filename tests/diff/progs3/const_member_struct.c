/* const_member_struct.c — structs whose members are `const` (an immutable
 * "value object" style), returned by value from DELAYED functions into plain
 * and const variables, into a loop-local variable, and passed on to another
 * delayed call; such a struct can be initialized but never assigned. */
#include <stdio.h>
#include "delayed.h"

struct money {
    const long cents;
    const char currency[4];
};

DELAYED struct money make(long units, long cents)
{
    struct money m = { units * 100 + cents, "EUR" };
    return m;
}

DELAYED struct money add(struct money a, struct money b)
{
    struct money m = { a.cents + b.cents, "EUR" };
    return m;
}

DELAYED_PURE long cents_of(struct money m) { return m.cents; }

int main(void)
{
    struct money a = make(12, 50);
    const struct money b = make(7, 99);
    struct money c = add(a, b);
    long total = 0;
    for (int i = 1; i <= 4; i++) {
        struct money m = make(i, i * 11);
        total += cents_of(m);
    }
    printf("a=%ld b=%ld c=%ld %s total=%ld\n", a.cents, b.cents, c.cents, c.currency, total);
    return 0;
}
