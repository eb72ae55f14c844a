/* static_helpers_chain.c — several `static` ordinary helpers that call delayed
 * functions and each other: a helper spawning in a loop and returning an array
 * through an out pointer, a helper that calls that helper twice, a static inline
 * one returning a result directly (`return f(x);`), and one with a static local
 * counter. */
#include <stdio.h>
#include "delayed.h"

DELAYED int f(int x) { return x * x - 3; }
DELAYED int g(int a, int b) { return a * 2 + b; }

static inline int direct(int x) { return f(x); }

static void batch(int *dst, int base, int n)
{
    for (int i = 0; i < n; i++)
        dst[i] = g(f(base + i), i);
}

static int combo(int base)
{
    int a[4], b[4];
    batch(a, base, 4);
    batch(b, base + 10, 4);
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += a[i] - b[i];
    return s;
}

static int counted(int x)
{
    static int calls;
    calls++;
    int r = g(f(x), calls);
    return r;
}

int main(void)
{
    int d = direct(9);
    int c1 = combo(1), c2 = combo(7);
    int k[5];
    for (int i = 0; i < 5; i++)
        k[i] = counted(i);
    printf("d=%d c1=%d c2=%d k=%d %d %d %d %d\n", d, c1, c2, k[0], k[1], k[2], k[3], k[4]);
    return 0;
}
