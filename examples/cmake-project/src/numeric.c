/* numeric.c — the numeric library: the chunk statistics. */
#include "numeric.h"

void fill(long long *v, int n, unsigned seed)
{
    unsigned x = seed;
    for (int i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        v[i] = (long long)((x >> 8) % 1000);
    }
}

long long chunk_sum(const long long *v, int n)
{
    long long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s * SCALE;
}

long long chunk_sumsq(const long long *v, int n)
{
    long long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i] * v[i];
    return s * SCALE;
}

long long count_above(const long long *v, int n, long long t)
{
    long long c = 0;
    for (int i = 0; i < n; i++)
        c += v[i] > t;
    return c;
}
