/* soak regression: python3 tests/gen/gen.py 572829919 --size normal, found 2026-11-25,
 * reduced by tests/gen/reduce.py; run-diff.sh said: build of delayc output failed -- dangling pointer to an unnamed temporary may be used [-Werror=dangling-pointer=]
 * The warning was on `#pragma omp task ... depend(iterator(...), in: B2[...])` of the
 * task for sumv(B2 + 10, 7): gcc 12 -Wdangling-pointer (in -Wall) on the dependence
 * array it builds for the iterator, a false positive (delayc_rt.h); commit 9fff000
 * made the *waits* with iterators plain taskwaits under gcc.  Fixed: every task with
 * an iterator is bracketed by DELAYC_RT_TASK_RANGE_BEGIN/END, which silence that
 * warning for its pragma under gcc >= 12 and keep the precise dependencies.  (The
 * task ids of the run-time instrumentation happen to hide the warning for this
 * program now; lit emit/task-iterator-gcc.test keeps a fixture that shows it.) */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned dbl(unsigned x) { return x * 2u + 1u; }
DELAYED unsigned mix2(unsigned a, unsigned b) { return (a ^ (b << 5)) + (b >> 3) + 0x9e3779b9u; }
DELAYED DELAYED_PURE unsigned phash(unsigned x)
{
    return x;
}
DELAYED unsigned sumv(DELAYED_IN_N(n) const unsigned *v, int n)
{
    unsigned s = 17u;
    for (int i = 0; i < n; i++)
        s = s * 31u + v[i];
    return s;
}
DELAYED void addv(DELAYED_IN_N(n) const unsigned *a, DELAYED_IN_N(n) const unsigned *b,
                  DELAYED_OUT_N(n) unsigned *c, int n)
{
    for (int i = 0; i < n; i++)
        c[i] = a[i] + (b[i] ^ 0x5au);
}
DELAYED void minmax(DELAYED_IN_N(n) const unsigned *v, int n, DELAYED_OUT unsigned *lo,
                    DELAYED_OUT unsigned *hi)
{
    unsigned a = v[0], b = v[0];
    for (int i = 1; i < n; i++) {
    }
    *lo = a;
    *hi = b;
}
DELAYED void say(unsigned tag, unsigned v) { printf("say %u %u\n", tag, v); }
DELAYED unsigned nested3(unsigned x)
{
    unsigned a = inc(x);
    unsigned b = dbl(x);
    return mix2(a, b);
}
unsigned plainf(unsigned x, unsigned y) { return x * 13u + (y >> 2); }
int main(void)
{
    delayed_token chain1 = delayed_after(say(0u, 919u));
    unsigned *B2 = malloc(24 * sizeof *B2);
    for (int i3 = 0; i3 < 24; i3++)
        B2[i3] = (unsigned)i3 ^ 647u;
    unsigned v4 = phash(B2[12]);
    unsigned v5 = sumv(B2 + 10, 4);
    unsigned v6 = delayed(plainf)(400u, 74u);
    unsigned v7 = phash((482u + 181u));
    if (27u % 2u == 1u) {
        B2[14] = sumv(B2 + 16, 5);
        unsigned v15 = inc(v4);
        v7 = mix2(v7, v15);
    }
    unsigned v20 = sumv(B2 + 10, 7);
    v4 = nested3(mix2(v4, v5));
    delayed_compute(v20);
    delayed_compute(v6);
    delayed_compute(chain1);
}
