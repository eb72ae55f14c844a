/* function_pointers.c — calls through function pointers: a pointer to a DELAYED
 * function called directly (an ordinary call), delayed(fp)(x) (kept serial,
 * explained), a table of pointers, a pointer passed to a DELAYED function that
 * calls it, and a pointer to a function touching global state.
 * HARD-EXPLAIN: pointer
 */
#include <stdio.h>
#include "delayed.h"

typedef unsigned (*unop)(unsigned);

static unsigned counter;

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned dbl(unsigned x) { return x * 2u; }
unsigned sq(unsigned x) { return x * x; }
unsigned bump_global(unsigned x) { counter += x; return counter; }

DELAYED unsigned apply(unop f, unsigned x) { return f(x) + 1u; }
DELAYED unsigned apply_twice(unsigned (*f)(unsigned), unsigned x) { return f(f(x)); }

int main(void)
{
    unop fp = inc;
    unop table[3] = {inc, dbl, sq};
    unsigned a = fp(4u);
    unsigned b = delayed(fp)(5u);
    unsigned c = 0;
    for (int i = 0; i < 3; i++)
        c = c * 7u + table[i]((unsigned)i + 3u);
    unsigned d = 0;
    for (int i = 0; i < 3; i++)
        d += delayed(table[i])((unsigned)i);
    unsigned e = apply(sq, a);
    unsigned f = apply_twice(dbl, b);
    unsigned g = apply(bump_global, 3u);
    unsigned h = apply(bump_global, 4u);
    unsigned (*pick)(unsigned) = a > 3u ? dbl : inc;
    unsigned k = delayed(pick)(e);
    printf("%u %u %u %u %u %u %u %u %u %u\n", a, b, c, d, e, f, g, h, k, counter);
    return 0;
}
