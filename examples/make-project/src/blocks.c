/* blocks.c — the block functions. */
#include "blocks.h"

void make_matrix(int *m, int n, int seed)
{
    unsigned x = (unsigned)seed;
    for (int i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        m[i] = (int)(x % 10007u);
    }
}

long long block_checksum(const int *block, int n)
{
    long long h = 0;
    for (int i = 0; i < n; i++)
        h = (h * 31 + block[i]) % 1000000007LL;
    return h;
}

int block_max(const int *block, int n)
{
    int best = block[0];
    for (int i = 1; i < n; i++)
        if (block[i] > best)
            best = block[i];
    return best;
}
