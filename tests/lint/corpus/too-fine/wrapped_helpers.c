/* wrapped_helpers.c — a million tiny ordinary functions made tasks one by one
 * with delayed(f)(...), in a loop that steps by 2 over 2,000,000 (a known trip
 * count of 1,000,000); and 16 coarse calls of a costly checksum, which is fine. */
#include <stdio.h>
#include "delayed.h"

#define N 2000000
#define CHUNKS 16

static int add_one(int x) { return x + 1; }

static unsigned chunk_checksum(const int *v, int n)
{
    unsigned h = 2166136261u;
    for (int i = 0; i < n; i++) {
        h ^= (unsigned)v[i];
        h *= 16777619u;
    }
    return h;
}

int main(void)
{
    static int v[N], w[N];
    for (int i = 0; i < N; i++)
        v[i] = i % 9973;

    for (int i = 0; i < N; i += 2)
        w[i] = delayed(add_one)(v[i]); // emit runs it in batches: no delayed-too-fine

    unsigned sums[CHUNKS];
    for (int c = 0; c < CHUNKS; c++)
        sums[c] = delayed(chunk_checksum)(v + c * (N / CHUNKS), N / CHUNKS);
    unsigned h = 0;
    for (int c = 0; c < CHUNKS; c++)
        h ^= sums[c];

    printf("%d %u\n", w[N - 2], h);
    return 0;
}
