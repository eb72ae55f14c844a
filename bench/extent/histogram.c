/* histogram.c — extent checks on a data-dependent index: bins[v[i] % NB]
 * (one check an element). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#define NB 256
#define N (1 << 23)
#define BLOCKS 4

DELAYED void histogram(DELAYED_IN_N(n) const unsigned *v, int n, DELAYED_OUT_N(NB) long *bins) {
    for (int b = 0; b < NB; b++) bins[b] = 0;
    for (int r = 0; r < 16; r++)
        for (int i = 0; i < n; i++) bins[(v[i] >> r) % NB]++;
}

int main(void) {
    unsigned *v = malloc(sizeof *v * N);
    long *bins = malloc(sizeof *bins * NB * BLOCKS);
    if (!v || !bins) return 1;
    for (int i = 0; i < N; i++) v[i] = (unsigned)i * 2654435761u;
    for (int k = 0; k < BLOCKS; k++) histogram(v + k * (N / BLOCKS), N / BLOCKS, bins + k * NB);
    long s = 0;
    for (int k = 0; k < BLOCKS * NB; k++) s += bins[k] * (k % 7);
    printf("%ld\n", s);
    free(v);
    free(bins);
    return 0;
}
