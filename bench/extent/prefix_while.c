/* prefix_while.c — extent checks in a while loop (two checks an element). */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#define N (1 << 24)
#define BLOCKS 4

DELAYED long prefix(DELAYED_IN_N(n) const long *in, DELAYED_OUT_N(n) long *out, int n) {
    long s = 0;
    for (int r = 0; r < 16; r++) {
        int i = 0;
        while (i < n) { s += in[i] ^ r; out[i] = s; i++; }
    }
    return s;
}

int main(void) {
    long *in = malloc(sizeof *in * N), *out = malloc(sizeof *out * N);
    if (!in || !out) return 1;
    for (int i = 0; i < N; i++) in[i] = i % 1000;
    long t[BLOCKS];
    for (int k = 0; k < BLOCKS; k++) t[k] = prefix(in + k * (N / BLOCKS), out + k * (N / BLOCKS), N / BLOCKS);
    long s = 0;
    for (int k = 0; k < BLOCKS; k++) s += t[k] + out[(k + 1) * (N / BLOCKS) - 1];
    printf("%ld\n", s);
    free(in);
    free(out);
    return 0;
}
