/* 05_continue_break.c — map loops with continue (skip some elements) and break (stop
 * at a sentinel in the input): elements after the break stay unwritten. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static long cube_mod(long x) { return x * x % 1000003 * x % 1000003; }

#define N 300000

int main(void)
{
    long *in = malloc(N * sizeof *in);
    long *out = malloc(N * sizeof *out);
    long *cut = malloc(N * sizeof *cut);
    if (!in || !out || !cut)
        return 1;
    for (int i = 0; i < N; i++) {
        in[i] = (i * 101L) % 65536;
        out[i] = 0;
        cut[i] = -1;
    }
    in[200000] = -7; /* sentinel */

    for (int i = 0; i < N; i++) {
        if (in[i] % 5 == 0)
            continue;
        out[i] = cube_mod(in[i]);
    }

    int stopped = -1;
    for (int i = 0; i < N; i++) {
        if (in[i] < 0) {
            stopped = i;
            break;
        }
        cut[i] = cube_mod(in[i] + 1);
    }

    long s = 0, c = 0, unset = 0;
    for (int i = 0; i < N; i++)
        s += out[i];
    for (int i = 0; i < N; i++) {
        if (cut[i] < 0)
            unset++;
        else
            c += cut[i];
    }
    printf("skip=%ld stop=%d cut=%ld unset=%ld\n", s, stopped, c, unset);
    free(in);
    free(out);
    free(cut);
    return 0;
}
