/* gnu_extensions.c — GNU C around delayed calls: statement expressions (the
 * spawning function is kept serial, explained), __typeof__, __attribute__s,
 * case ranges, the elvis operator `?:`, labels as values are left out (clang
 * accepts them too, but they need computed goto), and __builtin_expect.
 * HARD-CFLAGS: -std=gnu11
 * HARD-EXPLAIN: statement expression
 */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned dbl(unsigned x) { return x * 2u + 1u; }

unsigned with_stmt_expr(unsigned x)
{
    unsigned a = inc(x);
    unsigned b = ({ unsigned t = dbl(a); t + 3u; });
    return a + b;
}

__attribute__((noinline)) unsigned with_typeof(unsigned x)
{
    __typeof__(x) a = inc(x);
    __typeof__(a) b = dbl(a);
    unsigned c = __builtin_expect(b > 10u, 1) ? inc(b) : dbl(b);
    unsigned d = c ?: inc(a);
    switch (d % 10u) {
    case 0 ... 4:
        d = inc(d);
        break;
    default:
        d = dbl(d);
        break;
    }
    return d;
}

int main(void)
{
    unsigned r = 0;
    for (unsigned i = 0; i < 10u; i++)
        r = r * 3u + with_stmt_expr(i) + with_typeof(i);
    unsigned z = ({ unsigned q = inc(r); q ^ 5u; });
    printf("%u %u\n", r, z);
    return 0;
}
