/* pure_calls.c — covers: DELAYED_PURE functions, including repeated identical calls
 * (same callee, same arguments: may be computed once) in one expression and across
 * a loop, a pure call whose argument changes between otherwise identical calls,
 * and pure results feeding ordinary DELAYED functions. */
#include <stdio.h>
#include "delayed.h"

DELAYED_PURE static long slow_hash(long x)
{
    unsigned long h = (unsigned long)x;
    for (int i = 0; i < 5000; i++)
        h = h * 6364136223846793005ul + 1442695040888963407ul;
    return (long)(h >> 33);
}

DELAYED_PURE static int gcd(int a, int b) { return b ? gcd(b, a % b) : a; }

DELAYED static long plus(long a, long b) { return a + b; }

int main(void)
{
    long a = slow_hash(42);
    long b = slow_hash(42);
    long c = plus(slow_hash(7), slow_hash(7));

    long same[10];
    for (int i = 0; i < 10; i++)
        same[i] = slow_hash(1000);

    int k = 12;
    int g1 = gcd(k, 18);
    k = 35;
    int g2 = gcd(k, 18);
    int g3 = gcd(462, 1071);

    long s = 0;
    for (int i = 0; i < 10; i++)
        s ^= same[i] + i;
    printf("a==b:%d a=%ld c=%ld s=%ld\n", a == b, a, c, s);
    printf("gcd=%d %d %d\n", g1, g2, g3);
    return 0;
}
