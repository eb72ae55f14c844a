/* names_temp_vs_slot.c — found by tests/gen (seeds 96, 103, 110, 119 of the first
 * batch), reduced by hand.  A loop-local variable named t1 lives in a slot,
 * which delayc names __dc_t1; the hoisted temporary for the nested call
 * sumv(t1, 4) is also named __dc_t1: the output does not compile ("conflicting
 * types for '__dc_t1'").  Any user name of the form t<N> can collide.
 * Fixed in delayc (was:  generated name __dc_t<N> collides with the slot of a variable t<N>). */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED void fill(DELAYED_OUT_N(n) unsigned *d, int n)
{
    for (int i = 0; i < n; i++)
        d[i] = (unsigned)i;
}
DELAYED unsigned sumv(DELAYED_IN_N(n) const unsigned *v, int n)
{
    unsigned s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

int main(void)
{
    unsigned r = 0;
    for (int i = 0; i < 3; i++) {
        unsigned t1[4];
        fill(t1, 4);
        r = inc(sumv(t1, 4));
    }
    printf("%u\n", r);
    return 0;
}
