/* gcc_dangling_pointer.c — found by tests/gen (gen.py seed 20, size small,
 * generator version 1), reduced by tests/gen/reduce.py (no smaller program keeps
 * the warning: it depends on gcc's inlining).  For the DELAYED_CUTOFF call
 * rsum(B1 + 18, 2) (below the cutoff: run inline) delayc emits
 * `#pragma omp taskwait depend(iterator(...), in: B1[...]) depend(out: __dc_t..)`;
 * gcc 12 at -O1 -Wall warns "dangling pointer to an unnamed temporary may be used
 * [-Wdangling-pointer=]" on it (the dependence array gcc builds for the iterator),
 * so the output is not warning-free with gcc, as docs/lowering.md promises.
 * Fixed in delayc (was:  gcc -Wdangling-pointer on `taskwait depend(iterator(...))` in delayc output). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
struct pr { unsigned a, b; };
DELAYED unsigned dbl(unsigned x) { return x * 2u + 1u; }
DELAYED unsigned mix2(unsigned a, unsigned b) { return (a ^ (b << 5)) + (b >> 3) + 0x9e3779b9u; }
DELAYED DELAYED_PURE unsigned phash(unsigned x)
{
    return x;
}
DELAYED DELAYED_NAME("mul3") unsigned mul3(unsigned a, unsigned b, unsigned c)
{
    return a * 31u + b * 17u + c;
}
DELAYED struct pr mkpair(unsigned a, unsigned b)
{
    struct pr p;
    p.b = a ^ (b * 3u);
    return p;
}
DELAYED unsigned pr_fold(struct pr p) { return p.a * 3u + p.b; }
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
DELAYED DELAYED_CUTOFF(n < 24) unsigned rsum(DELAYED_IN_N(n) const unsigned *v, int n)
{
    if (n <= 6) {
        unsigned s = 5u;
        return s;
    }
    int h = n / 2;
    unsigned a = rsum(v, h);
    unsigned b = rsum(v + h, n - h);
    return a * 3u + b;
}
DELAYED DELAYED_CUTOFF(n < 13u) unsigned fibm(unsigned n)
{
        return n;
}
DELAYED void say(unsigned tag, unsigned v) { printf("say %u %u\n", tag, v); }
unsigned helper6(unsigned x, unsigned y)
{
    unsigned a = mix2(x, y);
    unsigned v7 = mul3(y, 716u, y);
    unsigned v8 = dbl(x);
    a = mix2(a, v7);
    a = mix2(a, v8);
    return a + x + y;
}
int main(void)
{
    delayed_token chain12 = delayed_after(say(0u, 20u));
    unsigned *B1 = calloc(24, sizeof *B1);
    if (!B1)
        return 1;
    unsigned v3 = pr_fold(mkpair(836u, (B1[3] ^ 192u)));
    unsigned v4 = sumv(&B1[17], 6);
    unsigned v5 = phash(696u);
    switch (161u % 4u) {
    case 1u:
        {
            B1[14] = sumv(B1 + 13, 11);
        }
    }
    unsigned v18 = fibm(6u);
    unsigned v20 = helper6((v4 + 208u), 109u);
    chain12 = delayed_after(delayed_bind(say, chain12)(3u, rsum(B1 + 18, 2)));
    unsigned long ck = 1469598103ul;
    ck = ck * 1000003ul + v5;
    ck = ck * 1000003ul + v18;
    ck = ck * 1000003ul + v20;
    printf("v3=%u ck=%lu\n", v3, ck);
    free(B1);
    return 0;
}
