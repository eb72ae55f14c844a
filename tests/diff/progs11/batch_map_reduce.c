/* batch_map_reduce.c — a map over 300,000 elements, then delayed sums over halves of the result and over all of it: the batches' grown regions order the sums after the calls they read. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long f(long x) { long r = x; for (int k = 0; k < 8; k++) r = (r * 2654435761L + k) % 1000003; return r; }
DELAYED long sum(DELAYED_IN_N(n) const long *v, long n) { long s = 0; for (long i = 0; i < n; i++) s += v[i]; return s; }

int main(void)
{
    long n = 300000;
    long *v = malloc(sizeof(long) * (size_t)n);
    for (long i = 0; i < n; i++) v[i] = f(i);
    long lo = sum(v, n / 2);
    long hi = sum(v + n / 2, n - n / 2);
    long all = sum(v, n);
    delayed_compute(lo);
    delayed_compute(hi);
    delayed_compute(all);
    printf("%ld %ld %ld %d\n", lo, hi, all, lo + hi == all);
    free(v);
    return 0;
}
