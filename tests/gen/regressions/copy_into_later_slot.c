/* copy_into_later_slot.c — found by the soak (gen.py 1082605752 --size small,
 * generator version 2; reduce.py, then by hand).  In a nested block, two results
 * declared one after the other, then the plain copy `v14 = v13;`: delayc forwards
 * the copy (v13's producer writes straight into v14's slot), but emits that task
 * where v13 is declared, before the declaration of v14's slot __dc_s_v14, so
 * delayc's output does not compile (gcc: "'__dc_s_v14' undeclared"; clang: "use of
 * undeclared identifier '__dc_s_v14'").  The same in a loop body, and in an
 * ordinary function; declaring v14 first (`unsigned v14; ... v14 = dbl(456u);`)
 * builds and prints the serial result.  Serial prints 2654491573.
 * Fixed: copies.c forwards no copy into a destination declared after the producer. */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned dbl(unsigned x) { return x * 2u + 1u; }
DELAYED unsigned mix2(unsigned a, unsigned b) { return (a ^ (b << 5)) + (b >> 3) + 0x9e3779b9u; }

int main(void)
{
    unsigned a = 3u;
    {
        unsigned v13 = dbl(868u);
        unsigned v14 = dbl(456u);
        v14 = v13;
        a = mix2(a, v14);
    }
    printf("%u\n", a);
    return 0;
}
