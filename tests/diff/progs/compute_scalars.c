/* compute_scalars.c — covers: explicit delayed_compute(a, b) on several scalars at
 * once, delayed_compute on a struct and on a single value, values used again in
 * new tasks after being computed, and a compute placed after a loop. */
#include <stdio.h>
#include "delayed.h"

struct range { long lo, hi; };

DELAYED long tri(long n) { return n * (n + 1) / 2; }
DELAYED long gcd(long a, long b)
{
    while (b) {
        long t = a % b;
        a = b;
        b = t;
    }
    return a;
}
DELAYED struct range around(long x, long r)
{
    struct range g = { x - r, x + r };
    return g;
}

int main(void)
{
    long a = tri(100), b = tri(200);
    delayed_compute(a, b);
    printf("a=%ld b=%ld\n", a, b);

    long g = gcd(a, b);
    struct range rg = around(g, 10);
    delayed_compute(rg);
    printf("gcd=%ld range=[%ld,%ld]\n", g, rg.lo, rg.hi);

    long acc[12];
    for (int i = 0; i < 12; i++)
        acc[i] = gcd(tri(i + 40), tri(i + 41));
    long m = tri(acc[11]);
    delayed_compute(acc, m);
    long s = 0;
    for (int i = 0; i < 12; i++)
        s += acc[i];
    printf("sum gcds=%ld m=%ld\n", s, m);
    return 0;
}
