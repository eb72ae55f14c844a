/* small_types.c — results of unsigned char, signed char, short, _Bool/bool,
 * float, long double, unsigned long long and size_t types, stored in scalars
 * and arrays and passed on to other tasks; printed with the right formats. */
#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>
#include "delayed.h"

DELAYED unsigned char low_byte(unsigned v) { return (unsigned char)(v & 0xffu); }
DELAYED signed char sgn(int v) { return (signed char)(v > 0 ? 1 : v < 0 ? -1 : 0); }
DELAYED short halfword(int v) { return (short)(v / 3); }
DELAYED bool is_prime(int n)
{
    if (n < 2)
        return false;
    for (int d = 2; d * d <= n; d++)
        if (n % d == 0)
            return false;
    return true;
}
DELAYED float scalef(float x, float k) { return x * k; }
DELAYED long double ld_sum(long double a, long double b) { return a + b; }
DELAYED unsigned long long big(unsigned long long x) { return x * 0x9E3779B97F4A7C15ull; }
DELAYED size_t count_true(DELAYED_IN_N(n) const bool *v, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += v[i];
    return c;
}

int main(void)
{
    unsigned char lb = low_byte(0x1234abcdu);
    signed char s1 = sgn(-42), s2 = sgn(0);
    short hw = halfword(-30001);
    bool primes[20];
    for (int i = 0; i < 20; i++)
        primes[i] = is_prime(i);
    size_t np = count_true(primes, 20);
    float f = scalef(1.5f, 2.25f);
    float f2 = scalef(f, -0.5f);
    long double ld = ld_sum(1.0L / 3, 2.0L / 3);
    long double ld2 = ld_sum(ld, 0.125L);
    unsigned long long h = big(12345ull);
    unsigned long long h2 = big(h);
    bool flag = is_prime(97);

    printf("lb=%u s1=%d s2=%d hw=%d np=%zu\n", (unsigned)lb, (int)s1, (int)s2, (int)hw, np);
    for (int i = 0; i < 20; i++)
        printf("%d", (int)primes[i]);
    printf("\nf=%.4f f2=%.4f ld=%.6Lf ld2=%.6Lf\n", (double)f, (double)f2, ld, ld2);
    printf("h=%llu h2=%llu flag=%d\n", h, h2, flag ? 1 : 0);
    return 0;
}
