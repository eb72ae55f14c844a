/* 04_if_in_loop.c — map loops with an if around the call: only some elements
 * computed (others keep their old value), if/else with two different DELAYED calls,
 * and a condition on the input read in the loop. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

DELAYED static int heavy(int x)
{
    int s = 0;
    for (int k = 0; k < 8; k++)
        s += (x >> k) & 3;
    return s * x % 9973;
}

DELAYED static int light(int x) { return -x; }

#define N 400000

int main(void)
{
    int *in = malloc(N * sizeof *in);
    int *out = malloc(N * sizeof *out);
    int *alt = malloc(N * sizeof *alt);
    if (!in || !out || !alt)
        return 1;
    for (int i = 0; i < N; i++) {
        in[i] = (i * 37) % 1201;
        out[i] = 5;
    }

    for (int i = 0; i < N; i++)
        if (in[i] % 3 == 0)
            out[i] = heavy(in[i]);

    for (int i = 0; i < N; i++) {
        if (i % 4 == 1)
            alt[i] = heavy(i);
        else
            alt[i] = light(in[i]);
    }

    long s = 0, t = 0;
    for (int i = 0; i < N; i++)
        s += out[i];
    for (int i = 0; i < N; i++)
        t += alt[i];
    printf("out=%ld alt=%ld out[3]=%d out[4]=%d\n", s, t, out[3], out[4]);
    free(in);
    free(out);
    free(alt);
    return 0;
}
