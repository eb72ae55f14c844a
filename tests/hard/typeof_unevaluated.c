/* typeof_unevaluated.c — delayed calls inside unevaluated operands: GNU
 * __typeof__ (in a declaration, a cast, sizeof's type), sizeof and _Alignof of
 * an expression, _Generic's controlling expression.  Such a call never runs, so
 * delayc leaves it alone: no task, and no wait for what it reads (a pending
 * `b` in `_Generic(inc(b), ...)`).  It used to spawn the call in
 * `__typeof__(inc(0u)) b = dbl(a);` and declare b twice ("redefinition of
 * 'b'").  loop() declares `__typeof__(x) y` of a loop-local x that lives in a
 * slot: y is declared with the type, not the spelling naming x.
 * HARD-CFLAGS: -std=gnu11
 */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned dbl(unsigned x) { return x * 2u + 1u; }

static unsigned loop(void)
{
    unsigned s = 0;
    for (unsigned i = 0; i < 4u; i++) {
        unsigned x = inc(i);
        __typeof__(x) y = dbl(x);
        __typeof__(inc(x)) z = (__typeof__(dbl(y)))inc(y);
        s += z + (unsigned)sizeof(__typeof__(inc(z)));
    }
    return s;
}

int main(void)
{
    unsigned a = inc(1u);
    __typeof__(inc(0u)) b = dbl(a);
    unsigned c = (unsigned)sizeof(inc(a)) + (unsigned)_Alignof(__typeof__(dbl(2u)));
    unsigned d = _Generic(inc(b), unsigned: 1u, default: 2u);
    printf("%u %u %u %u %u\n", a, b, c, d, loop());
    return 0;
}
