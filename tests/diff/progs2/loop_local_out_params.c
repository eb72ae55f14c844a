/* loop_local_out_params.c — loop-local variables without initializers whose
 * addresses are passed to DELAYED_OUT parameters (`minmax(row, n, &lo, &hi)`),
 * a loop-local struct filled through DELAYED_OUT, and a loop-local buffer filled
 * through DELAYED_OUT_N then reduced by another task in the same iteration. */
#include <stdio.h>
#include "delayed.h"

#define R 6
#define C 9

struct span { int lo, hi; };

DELAYED void minmax(DELAYED_IN_N(n) const int *v, int n, DELAYED_OUT int *lo, DELAYED_OUT int *hi)
{
    *lo = *hi = v[0];
    for (int i = 1; i < n; i++) {
        if (v[i] < *lo)
            *lo = v[i];
        if (v[i] > *hi)
            *hi = v[i];
    }
}

DELAYED void span_of(DELAYED_IN_N(n) const int *v, int n, DELAYED_OUT struct span *s)
{
    s->lo = s->hi = v[0];
    for (int i = 1; i < n; i++) {
        if (v[i] < s->lo)
            s->lo = v[i];
        if (v[i] > s->hi)
            s->hi = v[i];
    }
}

DELAYED void squares(DELAYED_IN_N(n) const int *v, int n, DELAYED_OUT_N(n) long *out)
{
    for (int i = 0; i < n; i++)
        out[i] = (long)v[i] * v[i];
}

DELAYED long total(DELAYED_IN_N(n) const long *v, int n)
{
    long t = 0;
    for (int i = 0; i < n; i++)
        t += v[i];
    return t;
}

int main(void)
{
    int m[R][C];
    for (int r = 0; r < R; r++)
        for (int c = 0; c < C; c++)
            m[r][c] = (r * 37 + c * 11) % 23 - 7;
    int range[R], width[R];
    long sq[R];
    for (int r = 0; r < R; r++) {
        int lo, hi;
        minmax(m[r], C, &lo, &hi);
        range[r] = hi - lo;
        struct span s;
        span_of(m[r], C, &s);
        width[r] = s.hi - s.lo;
        long tmp[C];
        squares(m[r], C, tmp);
        sq[r] = total(tmp, C);
    }
    for (int r = 0; r < R; r++)
        printf("%d %d %ld\n", range[r], width[r], sq[r]);
    return 0;
}
