/* kr_definitions.c — K&R (old-style) function definitions next to DELAYED
 * functions: a DELAYED K&R definition, a DELAYED function declared without a
 * prototype `old_late()` and defined K&R-style after main (its calls see no
 * parameter types: they stay serial, explained), and a K&R helper that calls
 * prototyped DELAYED functions.
 * HARD-EXPLAIN: old_late
 */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned mul(unsigned a, unsigned b) { return a * b + 1u; }

DELAYED unsigned old_add(a, b)
    unsigned a;
    unsigned b;
{
    return a + b;
}

DELAYED unsigned old_late();

unsigned old_helper(n, base)
    int n;
    unsigned base;
{
    unsigned acc = base;
    int i;
    for (i = 0; i < n; i++) {
        unsigned t = inc(acc);
        acc = mul(t, (unsigned)i + 2u);
    }
    return acc;
}

int main(void)
{
    unsigned r[8];
    for (int i = 0; i < 8; i++)
        r[i] = inc((unsigned)i);
    unsigned s = old_add(r[3], r[5]);
    unsigned h = old_helper(6, s);
    unsigned t = mul(h, old_add(2u, 3u));
    unsigned u = old_late(t, 5u);
    unsigned v = inc(old_late(u, t));
    printf("%u %u %u %u %u %u\n", r[7], s, h, t, u, v);
    return 0;
}

DELAYED unsigned old_late(x, k)
    unsigned x;
    unsigned k;
{
    return x * 3u + k;
}
