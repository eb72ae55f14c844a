/* variadic_delayed.c — a DELAYED variadic function (its calls stay serial,
 * explained), a DELAYED function called from a variadic spawning function (the
 * spawning function is variadic: serial), and va_list passed along.
 * HARD-EXPLAIN: variadic
 */
#include <stdarg.h>
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }

DELAYED unsigned vsum(int n, ...)
{
    va_list ap;
    unsigned s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s = s * 31u + va_arg(ap, unsigned);
    va_end(ap);
    return s;
}

unsigned spawn_in_variadic(int n, ...)
{
    va_list ap;
    unsigned acc = 7u;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        unsigned v = va_arg(ap, unsigned);
        acc = acc * 3u + inc(v);
    }
    va_end(ap);
    return acc;
}

static unsigned vfold(int n, va_list ap)
{
    unsigned s = 1u;
    for (int i = 0; i < n; i++)
        s ^= inc(va_arg(ap, unsigned));
    return s;
}

unsigned fold(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    unsigned r = vfold(n, ap);
    va_end(ap);
    return r;
}

int main(void)
{
    unsigned a = inc(1u);
    unsigned b = vsum(3, a, 2u, 3u);
    unsigned c = vsum(0);
    unsigned d = spawn_in_variadic(4, 1u, 2u, a, b);
    unsigned e = fold(3, b, c, d);
    unsigned f = inc(vsum(2, e, inc(d)));
    printf("%u %u %u %u %u %u\n", a, b, c, d, e, f);
    return 0;
}
