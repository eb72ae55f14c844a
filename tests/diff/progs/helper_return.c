/* helper_return.c — covers: ordinary (non-delayed) helper functions that spawn
 * tasks and return a value depending on them, called from loops; a helper that
 * returns a struct assembled from task results; and a helper that spawns tasks
 * writing into the caller's array through a pointer and returns nothing. */
#include <stdio.h>
#include "delayed.h"

DELAYED int inc(int x) { return x + 1; }
DELAYED int dbl(int x) { return x * 2; }
DELAYED int add(int a, int b) { return a + b; }
DELAYED int sq(int x) { return x * x; }

static int pipeline(int x)
{
    int a = inc(x);
    int b = dbl(a);
    return add(a, b);
}

struct pair { int lo, hi; };

static struct pair bounds(int x)
{
    struct pair p;
    p.lo = sq(x - 1);
    p.hi = sq(x + 1);
    return p;
}

static void fill(int *dst, int n, int base)
{
    for (int i = 0; i < n; i++)
        dst[i] = pipeline(base + i);
}

static int early(int x)
{
    int a = sq(x);
    int b = inc(x);
    if (x % 2)
        return b;
    return add(a, b);
}

int main(void)
{
    int out[40];
    for (int i = 0; i < 40; i++)
        out[i] = pipeline(i);

    long s = 0;
    for (int i = 0; i < 30; i++) {
        struct pair p = bounds(i);
        s += p.hi - p.lo;
    }

    int other[25];
    fill(other, 25, 1000);

    int e = 0;
    for (int i = 0; i < 20; i++)
        e += early(i);

    printf("out[0]=%d out[39]=%d\n", out[0], out[39]);
    printf("bounds sum=%ld\n", s);
    printf("other[0]=%d other[24]=%d\n", other[0], other[24]);
    printf("early=%d\n", e);
    return 0;
}
