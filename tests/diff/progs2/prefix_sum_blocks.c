/* prefix_sum_blocks.c — a blocked inclusive prefix sum: a delayed scan of each
 * block in place (INOUT_N), its last element read into a block-total array by
 * ordinary code, an ordinary exclusive scan over the totals, then a delayed
 * `add_offset` per block (INOUT_N) with the offset as a scalar argument. */
#include <stdio.h>
#include "delayed.h"

#define N 1000
#define B 8

DELAYED void scan(DELAYED_INOUT_N(n) long *v, int n)
{
    for (int i = 1; i < n; i++)
        v[i] += v[i - 1];
}

DELAYED void add_offset(DELAYED_INOUT_N(n) long *v, int n, long off)
{
    for (int i = 0; i < n; i++)
        v[i] += off;
}

int main(void)
{
    static long v[N];
    for (int i = 0; i < N; i++)
        v[i] = (i * 7919) % 13 - 6;
    int per = (N + B - 1) / B;
    for (int b = 0; b < B; b++) {
        int lo = b * per, hi = lo + per < N ? lo + per : N;
        scan(v + lo, hi - lo);
    }
    long tot[B], off[B];
    for (int b = 0; b < B; b++) {
        int lo = b * per, hi = lo + per < N ? lo + per : N;
        tot[b] = v[hi - 1];
    }
    long run = 0;
    for (int b = 0; b < B; b++) {
        off[b] = run;
        run += tot[b];
    }
    for (int b = 1; b < B; b++) {
        int lo = b * per, hi = lo + per < N ? lo + per : N;
        add_offset(&v[lo], hi - lo, off[b]);
    }
    long chk = 0;
    for (int i = 0; i < N; i++)
        chk = (chk * 31 + v[i]) % 1000000007L;
    printf("v[0]=%ld v[499]=%ld v[999]=%ld total=%ld chk=%ld\n", v[0], v[499], v[N - 1], run, chk);
    return 0;
}
