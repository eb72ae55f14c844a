/* histogram_chunks.c — per-chunk histograms into the rows of a 2-D int array
 * (DELAYED_OUT_N(BINS) on hist[k]), inputs as DELAYED_IN_N chunks of one buffer,
 * then an ordinary merge and a delayed "max bin" over the merged histogram. */
#include <stdio.h>
#include "delayed.h"

#define N 4000
#define CHUNKS 8
#define BINS 16

DELAYED void chunk_hist(DELAYED_IN_N(n) const unsigned *data, int n, DELAYED_OUT_N(BINS) int *hist)
{
    for (int b = 0; b < BINS; b++)
        hist[b] = 0;
    for (int i = 0; i < n; i++)
        hist[data[i] % BINS]++;
}

DELAYED int argmax(DELAYED_IN_N(BINS) const int *h)
{
    int best = 0;
    for (int b = 1; b < BINS; b++)
        if (h[b] > h[best])
            best = b;
    return best;
}

int main(void)
{
    static unsigned data[N];
    unsigned x = 12345u;
    for (int i = 0; i < N; i++) {
        x = x * 1103515245u + 12345u;
        data[i] = (x >> 16) & 0x7fff;
    }

    int hist[CHUNKS][BINS];
    const int per = N / CHUNKS;
    for (int k = 0; k < CHUNKS; k++)
        chunk_hist(data + k * per, per, hist[k]);

    int merged[BINS] = { 0 };
    for (int k = 0; k < CHUNKS; k++)
        for (int b = 0; b < BINS; b++)
            merged[b] += hist[k][b];

    int top = argmax(merged);
    int chunk_top[CHUNKS];
    for (int k = 0; k < CHUNKS; k++)
        chunk_top[k] = argmax(hist[k]);

    for (int b = 0; b < BINS; b++)
        printf("%d%c", merged[b], b == BINS - 1 ? '\n' : ' ');
    printf("top bin %d\n", top);
    for (int k = 0; k < CHUNKS; k++)
        printf("chunk %d top %d\n", k, chunk_top[k]);
    return 0;
}
