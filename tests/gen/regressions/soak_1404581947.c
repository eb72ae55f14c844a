/* soak regression: python3 tests/gen/gen.py 1404581947 --size normal, found 2026-11-25,
 * reduced by tests/gen/reduce.py; run-diff.sh said: build of delayc output failed -- dangling pointer to an unnamed temporary may be used [-Werror=dangling-pointer=]
 * Fixed in delayc (was:  build of delayc output failed (a delayc bug: remove this line once it is fixed)). */
#include <stdio.h>
#include "delayed.h"
struct pr { unsigned a, b; };
DELAYED unsigned inc(unsigned x) { return x + 1u; }
DELAYED unsigned dbl(unsigned x) { return x * 2u + 1u; }
DELAYED unsigned mix2(unsigned a, unsigned b) { return (a ^ (b << 5)) + (b >> 3) + 0x9e3779b9u; }
DELAYED struct pr mkpair(unsigned a, unsigned b)
{
    struct pr p;
    p.b = a ^ (b * 3u);
    return p;
}
DELAYED unsigned pr_fold(struct pr p) { return p.a * 3u + p.b; }
DELAYED void fill(DELAYED_OUT_N(n) unsigned *dst, int n, unsigned seed)
{
    unsigned s = seed * 2654435761u + 1u;
    for (int i = 0; i < n; i++) {
        dst[i] = s % 100000u;
    }
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
DELAYED unsigned first(const unsigned *p) { return *p * 3u + 1u; }
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
DELAYED unsigned nested3(unsigned x)
{
    unsigned a = inc(x);
    unsigned b = dbl(x);
    return mix2(a, b);
}
unsigned plainf(unsigned x, unsigned y) { return x * 13u + (y >> 2); }
void helper17(unsigned *restrict dst, int n, unsigned s)
{
    for (int i = 0; i < n; i++) {
        unsigned a = inc(s + (unsigned)i);
        dst[i] = a;
    }
}
int main(void)
{
    delayed_token chain1 = delayed_after(say(0u, 947u));
    unsigned M2[4][16];
    for (int i3 = 0; i3 < 64; i3++)
    fill(M2[0], 16, (dbl(M2[3][15]) >> 1));
    unsigned A4[32];
    for (int b6 = 0; b6 < 2; b6++)
        fill(A4 + b6 * 16, 16, nested3(M2[3][1]) + (unsigned)b6);
    unsigned A7[32];
    for (int i8 = 0; i8 < 32; i8++)
        A7[i8] = (unsigned)i8 * 82u + 280u;
    unsigned v9 = dbl(first(M2[2]));
    unsigned v10 = sumv(&A4[19], 13);
    unsigned v11 = delayed(plainf)(A7[23], (285u + 891u));
    unsigned v12 = mix2(v11, (v10 + 418u));
    if (v12 % 5u == 0u) {
    }
    helper17(A7, 32, pr_fold(mkpair(v10, v9)));
    int k18 = 0;
    do {
        addv(A4, A4, A7, 32);
    } while (v10 % 4u != 0u && ++k18 < 6);
    A7[18] = rsum(&A4[10], 10);
    delayed_compute(chain1);
    unsigned long ck = 1469598103ul;
    printf("ck=%lu\n", ck);
}
