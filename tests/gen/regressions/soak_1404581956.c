/* soak regression: python3 tests/gen/gen.py 1404581956 --size normal, found 2026-11-25,
 * reduced by tests/gen/reduce.py; run-diff.sh said: build of delayc output failed -- unused variable X [-Werror=unused-variable]
 * Fixed in delayc (was:  build of delayc output failed (a delayc bug: remove this line once it is fixed)). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
struct pr { unsigned a, b; };
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
DELAYED void say(unsigned tag, unsigned v) { printf("say %u %u\n", tag, v); }
unsigned plainf(unsigned x, unsigned y) { return x * 13u + (y >> 2); }
void helper6(unsigned *restrict dst, int n, unsigned s)
{
    for (int i = 0; i < n; i++) {
        unsigned a = phash(s ^ (unsigned)i);
        dst[i] = mix2(a, dst[i]);
    }
}
int main(void)
{
    delayed_token chain1 = delayed_after(say(0u, 956u));
    unsigned *B2 = malloc(24 * sizeof *B2);
    unsigned v4 = delayed(plainf)((648u >> 1), B2[9]);
    unsigned v5 = rsum(B2 + 15, 9);
    if (mul3(B2[21], 914u, pr_fold(mkpair(v5, 780u))) > 28882u && mul3(987u, 150u, 737u) < 3945324548u) {
        unsigned A7[8];
        for (int i8 = 0; i8 < 8; i8++)
            A7[i8] = (unsigned)i8 * 49u + 32u;
        if (v4 % 4u == 1u) {
            unsigned v9 = mix2(delayed(plainf)(414u, A7[5]), v4);
            B2[20] = v9;
        }
    }
    unsigned v15 = delayed(plainf)(v5, B2[10]);
    int k18 = 0;
    while (k18 < 4) {
        helper6(B2, 24, v15);
        k18++;
    }
    struct pr v25 = mkpair(459u, B2[1]);
    struct pr v33 = mkpair(v5, v4);
    delayed_compute(chain1);
    unsigned long ck = 1469598103ul;
    ck = ck * 1000003ul + v25.a * 7u + v25.b;
    ck = ck * 1000003ul + v33.a * 7u + v33.b;
}
