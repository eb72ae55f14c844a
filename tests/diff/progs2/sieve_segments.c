/* sieve_segments.c — a segmented prime sieve: the small primes found by ordinary
 * code, then one delayed task per segment marking composites in its own part of
 * a `char` flag buffer (OUT_N), a delayed count per segment (IN_N), and an
 * ordinary listing of the last primes. */
#include <stdio.h>
#include "delayed.h"

#define LIMIT 20000
#define SEG 2500
#define NSEG (LIMIT / SEG)

DELAYED void mark(DELAYED_OUT_N(SEG) char *flags, int lo, DELAYED_IN_N(np) const int *primes, int np)
{
    for (int i = 0; i < SEG; i++)
        flags[i] = 1;
    for (int k = 0; k < np; k++) {
        int p = primes[k];
        int start = (lo + p - 1) / p * p;
        if (start < p * p)
            start = p * p;
        for (int m = start; m < lo + SEG; m += p)
            flags[m - lo] = 0;
    }
    if (lo == 0)
        flags[0] = flags[1] = 0;
}

DELAYED int count(DELAYED_IN_N(SEG) const char *flags)
{
    int c = 0;
    for (int i = 0; i < SEG; i++)
        c += flags[i];
    return c;
}

int main(void)
{
    int small[200], np = 0;
    for (int n = 2; n * n < LIMIT; n++) {
        int ok = 1;
        for (int d = 2; d * d <= n; d++)
            if (n % d == 0)
                ok = 0;
        if (ok)
            small[np++] = n;
    }
    static char flags[LIMIT];
    for (int s = 0; s < NSEG; s++)
        mark(flags + s * SEG, s * SEG, small, np);
    int counts[NSEG];
    for (int s = 0; s < NSEG; s++)
        counts[s] = count(flags + s * SEG);
    int total = 0;
    for (int s = 0; s < NSEG; s++) {
        total += counts[s];
        printf("%d ", counts[s]);
    }
    printf("\ntotal=%d last:", total);
    int shown = 0;
    for (int n = LIMIT - 1; n > 0 && shown < 5; n--)
        if (flags[n]) {
            printf(" %d", n);
            shown++;
        }
    printf("\n");
    return 0;
}
