/* fuse_chain.c — a chain of tiny tasks in a loop becomes one task (lit input: emit/fuse-chain.test). */
#include <stdio.h>
#include "delayed.h"

DELAYED long step(long x, int k) { return (x * 7 + k) % 1000003; }

static long run(long x, int n, int k)
{
    for (int i = 0; i < n; i++)
        x = step(x, k + i);
    return x;
}

static long twice(long x, int n)
{
    long y = 0;
    for (int i = 0; i < n; i++) {
        x = step(x, 1);
        y = step(y, 2);
    }
    return x + y;
}

int main(void)
{
    long a = run(1, 1000, 3);
    long b = twice(2, 100);
    printf("%ld %ld\n", a, b);
    return 0;
}
