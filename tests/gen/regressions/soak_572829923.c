/* soak_572829923.c — found by tests/gen/soak.sh (gen.py 572829923 --size normal),
 * reduced by reduce.py to 105 lines, then by hand.  scale(m[1], ...) stays serial
 * (explain: "argument 3 mixes a pending result with memory delayc does not
 * track"), and the wait delayc put before it was `taskwait depend(in: m[1], k[1])`:
 * `in` does not wait for the pending *reader* of m[1] (the sumv task), so the
 * serial call overwrote m[1] before sumv read it (wrong output with gcc at
 * every thread count; clang < 19 turns the wait into a full taskwait, which hid
 * it).  Fixed: an ordinary call given a row (or an array member) may write
 * through it, so the wait is depend(inout: m[1]) (syncs.c, array_passed_on).
 */
#include <stdio.h>
#include "delayed.h"

DELAYED unsigned sumv(DELAYED_IN_N(n) const unsigned *v, int n)
{
    unsigned s = 17u;
    for (int r = 0; r < 200000; r++)
        s = s * 31u + 1u;
    for (int i = 0; i < n; i++)
        s = s * 31u + v[i];
    return s;
}
DELAYED void scale(DELAYED_INOUT_N(n) unsigned *v, int n, unsigned k)
{
    for (int i = 0; i < n; i++)
        v[i] = v[i] * (k | 1u) + (unsigned)i;
}
DELAYED unsigned first(const unsigned *p) { return *p * 3u + 1u; }

int main(void)
{
    unsigned m[2][4], k[2][4];
    for (int i = 0; i < 8; i++) {
        m[i / 4][i % 4] = (unsigned)i + 590u;
        k[i / 4][i % 4] = (unsigned)i;
    }
    unsigned f = first(k[1]);
    unsigned v = sumv(m[1], 4);
    scale(m[1], 4, k[1][0]);
    printf("f=%u v=%u m=%u\n", f, v, m[1][2]);
    return 0;
}
