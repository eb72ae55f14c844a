/* batch_loop.c — one DELAYED call per element, then a DELAYED sum over all of
 * them (lit input: emit/batch-loop.test). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED long square(long x) { return x * x % 1000003; }

DELAYED long total(DELAYED_IN_N(n) const long *v, long n)
{
    long s = 0;
    for (long i = 0; i < n; i++)
        s += v[i];
    return s;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 100000;
    long *v = malloc(sizeof *v * (size_t)n);
    if (!v)
        return 1;
    for (long i = 0; i < n; i++)
        v[i] = square(i);
    long t = total(v, n);
    delayed_compute(t);
    printf("%ld\n", t);
    free(v);
    return 0;
}
