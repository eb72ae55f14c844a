/* inout_chunks.c — covers: DELAYED_INOUT_N(n) stages repeated over disjoint chunks
 * of one local array (pass k of a chunk after pass k-1 of the same chunk), then a
 * task taking INOUT over the whole array (overlaps every chunk: must come after
 * all of them), then chunk tasks again after the whole-array task. */
#include <stdio.h>
#include "delayed.h"

DELAYED void smooth(DELAYED_INOUT_N(n) int *v, int n)
{
    int prev = v[0];
    for (int i = 1; i < n - 1; i++) {
        int cur = v[i];
        v[i] = (prev + 2 * cur + v[i + 1]) / 4;
        prev = cur;
    }
}

DELAYED void add_ramp(DELAYED_INOUT_N(n) int *v, int n, int step)
{
    for (int i = 0; i < n; i++)
        v[i] += i * step;
}

DELAYED void normalise(DELAYED_INOUT_N(n) int *v, int n)
{
    int mn = v[0];
    for (int i = 1; i < n; i++)
        if (v[i] < mn) mn = v[i];
    for (int i = 0; i < n; i++)
        v[i] -= mn;
}

#define LEN 1024
#define CH 128

int main(void)
{
    int v[LEN];
    for (int i = 0; i < LEN; i++)
        v[i] = ((i * 7919) % 257) - 128;

    for (int pass = 0; pass < 4; pass++)
        for (int c = 0; c < LEN; c += CH)
            smooth(v + c, CH);

    normalise(v, LEN);

    for (int c = 0; c < LEN; c += CH)
        add_ramp(v + c, CH, c / CH);

    long h = 0;
    for (int i = 0; i < LEN; i++)
        h = (h * 131 + v[i]) % 998244353L;
    printf("v[0]=%d v[127]=%d v[128]=%d v[1023]=%d hash=%ld\n", v[0], v[127], v[128], v[1023], h);
    return 0;
}
