/* macro_calls.c — delayed calls hidden in user macros: a call spelled wholly in
 * a macro body, a macro that evaluates its argument twice, a statement macro, a
 * macro around the function name, a call whose argument is a macro, a
 * stringified call, and calls in macro arguments of the user's own macros.
 * HARD-EXPLAIN: macro
 */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned dbl(unsigned x) { return x * 2u + 1u; }
DELAYED unsigned add(unsigned a, unsigned b) { return a + b; }

#define INC(x) inc(x)
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define STEP(v) v = add(v, inc(v));
#define FN dbl
#define K (3u + 4u)
#define STR(x) #x
#define XSTR(x) STR(x)
#define TWICE(f, x) f(f(x))
#define PAIR(a, b) a = inc(b)

int main(void)
{
    unsigned a = INC(1u);
    unsigned b = MAX(inc(a), dbl(a));
    unsigned c = 5u;
    STEP(c)
    STEP(c)
    unsigned d = FN(c);
    unsigned e = inc(K);
    const char *s = XSTR(inc(a));
    unsigned f = TWICE(inc, e);
    unsigned g;
    PAIR(g, f);
    unsigned h = add(INC(g), MAX(a, 3u));
    unsigned arr[4];
    for (unsigned i = 0; i < 4u; i++)
        arr[i] = INC(i + K);
    printf("%u %u %u %u %u %s %u %u %u %u %u\n", a, b, c, d, e, s, f, g, h, arr[0], arr[3]);
    return 0;
}
