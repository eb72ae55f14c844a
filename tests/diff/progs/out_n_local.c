/* out_n_local.c — covers: DELAYED_OUT_N(n) and DELAYED_IN_N(n) on local (stack)
 * arrays, including halves of one array (dst and dst + n/2) written by two
 * independent tasks, and a task reading what two others wrote. */
#include <stdio.h>
#include "delayed.h"

DELAYED void fill_squares(DELAYED_OUT_N(n) int *dst, int n, int start)
{
    for (int i = 0; i < n; i++)
        dst[i] = (start + i) * (start + i);
}

DELAYED void prefix_sum(DELAYED_IN_N(n) const int *src, DELAYED_OUT_N(n) long *dst, int n)
{
    long acc = 0;
    for (int i = 0; i < n; i++) {
        acc += src[i];
        dst[i] = acc;
    }
}

DELAYED long last(DELAYED_IN_N(n) const long *v, int n) { return v[n - 1]; }

#define N 128

int main(void)
{
    int sq[N];
    long ps[N];

    fill_squares(sq, N / 2, 0);
    fill_squares(sq + N / 2, N / 2, N / 2);
    prefix_sum(sq, ps, N);
    long total = last(ps, N);

    int small[8];
    long small_ps[8];
    fill_squares(small, 8, 100);
    prefix_sum(small, small_ps, 8);

    printf("sq[0..4]=%d %d %d %d %d sq[N-1]=%d\n", sq[0], sq[1], sq[2], sq[3], sq[4], sq[N - 1]);
    printf("ps[10]=%ld ps[64]=%ld total=%ld\n", ps[10], ps[64], total);
    for (int i = 0; i < 8; i++)
        printf("%ld%c", small_ps[i], i == 7 ? '\n' : ' ');
    return 0;
}
