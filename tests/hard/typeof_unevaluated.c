/* typeof_unevaluated.c — a delayed call inside the unevaluated operand of GNU
 * __typeof__ (and of sizeof, _Alignof and _Generic's controlling expression):
 * such a call is never executed, so it must not become a task.  delayc spawns the
 * call in `__typeof__(inc(0u)) b = dbl(a);` and declares b twice in the output
 * ("redefinition of 'b'").
 * HARD-CFLAGS: -std=gnu11
 * HARD-XFAIL: delayc spawns delayed calls inside __typeof__/sizeof/_Generic operands
 */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned dbl(unsigned x) { return x * 2u + 1u; }

int main(void)
{
    unsigned a = inc(1u);
    __typeof__(inc(0u)) b = dbl(a);
    unsigned c = (unsigned)sizeof(inc(a)) + (unsigned)_Alignof(__typeof__(dbl(2u)));
    unsigned d = _Generic(inc(b), unsigned: 1u, default: 2u);
    printf("%u %u %u %u\n", a, b, c, d);
    return 0;
}
