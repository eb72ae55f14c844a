/* histogram.c — 16 tasks each counting 4 rounds of their 256 KB slice into a
 * global histogram: the per-element update `hist[data[i]]++` of a hot loop.
 * With -DUSER_ATOMIC the update is written under `#pragma omp atomic`, which
 * delayc leaves as written and lets run in any order; plain, delayc keeps the
 * tasks in order (an atomic per element would cost more than the work:
 * docs/lowering.md, "Updates in any order"). bench/updates/run.py times both. */
#include <stdio.h>
#include "delayed.h"

#define N (1 << 22)
#define CHUNKS 16

static unsigned char data[N];
static long hist[256];

DELAYED static void chunk(int c)
{
    for (int r = 0; r < 4; r++)
        for (int i = c * (N / CHUNKS); i < (c + 1) * (N / CHUNKS); i++) {
#ifdef USER_ATOMIC
#pragma omp atomic
#endif
            hist[data[i]]++;
        }
}

int main(void)
{
    unsigned s = 1;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        data[i] = (unsigned char)(s >> 16);
    }
    for (int c = 0; c < CHUNKS; c++) chunk(c);
    long t = 0;
    for (int b = 0; b < 256; b++) t += hist[b] * b;
    printf("%ld\n", t);
    return 0;
}
