/* range_reduce_cutoff.c — covers: a recursive divide-and-conquer reduction over a
 * DELAYED_IN_N array with DELAYED_CUTOFF on the length, and a second recursive
 * function over an integer range (count primes in [lo, hi)) with a cutoff on hi-lo. */
#include <stdio.h>
#include "delayed.h"

DELAYED DELAYED_CUTOFF(n <= 512)
long rsum(DELAYED_IN_N(n) const short *v, int n)
{
    if (n <= 512) {
        long s = 0;
        for (int i = 0; i < n; i++)
            s += v[i];
        return s;
    }
    int h = n / 2;
    long left = rsum(v, h);
    long right = rsum(v + h, n - h);
    return left + right;
}

static int prime(int n)
{
    if (n < 2) return 0;
    for (int d = 2; d * d <= n; d++)
        if (n % d == 0) return 0;
    return 1;
}

DELAYED DELAYED_CUTOFF(hi - lo <= 2000)
int count_primes(int lo, int hi)
{
    if (hi - lo <= 2000) {
        int c = 0;
        for (int k = lo; k < hi; k++)
            c += prime(k);
        return c;
    }
    int mid = lo + (hi - lo) / 2;
    int a = count_primes(lo, mid);
    int b = count_primes(mid, hi);
    return a + b;
}

int main(void)
{
    static short data[30000];
    for (int i = 0; i < 30000; i++)
        data[i] = (short)((i * 31337) % 2001 - 1000);

    long total = rsum(data, 30000);
    long head = rsum(data, 777);
    int pc = count_primes(0, 60000);
    printf("total=%ld head=%ld primes<60000=%d\n", total, head, pc);
    return 0;
}
