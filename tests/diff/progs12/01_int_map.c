/* 01_int_map.c — a million-element int map out[i] = f(in[i]) over malloc'd
 * buffers, then a second map into another buffer, checksums printed by ordinary code. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static int scramble(int x)
{
    unsigned u = (unsigned)x * 2654435761u;
    u ^= u >> 13;
    return (int)(u % 100003u);
}

DELAYED static int square_mod(int x) { return (int)(((long)x * x) % 65521); }

#define N 1000000

int main(void)
{
    int *in = malloc(N * sizeof *in);
    int *out = malloc(N * sizeof *out);
    int *sq = malloc(N * sizeof *sq);
    if (!in || !out || !sq)
        return 1;
    for (int i = 0; i < N; i++)
        in[i] = i * 7 + 3;

    for (int i = 0; i < N; i++)
        out[i] = scramble(in[i]);

    for (int i = 0; i < N; i++)
        sq[i] = square_mod(i);

    long sum = 0, xr = 0;
    for (int i = 0; i < N; i++) {
        sum += out[i];
        xr ^= (long)out[i] * (i % 17);
    }
    long s2 = 0;
    for (int i = 0; i < N; i++)
        s2 += sq[i];
    printf("sum=%ld xor=%ld sq=%ld first=%d last=%d\n", sum, xr, s2, out[0], out[N - 1]);
    free(in);
    free(out);
    free(sq);
    return 0;
}
