/* range_blocks.c — a 1-D stencil by blocks [lo, hi) of two buffers swapped
 * every step (lit input: emit/range-annotation.test).  Each block reads one
 * cell on either side of its own: blocks of a step run in parallel, and a
 * block of the next step waits for its three neighbours only. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <unistd.h>
#include "delayed.h"

#define NX 64
#define BLOCK 8
#define STEPS 4

DELAYED void relax(DELAYED_IN_RANGE(lo - 1, hi + 1) const double *cur,
                   DELAYED_OUT_RANGE(lo, hi) double *next, int lo, int hi)
{
    for (int i = lo; i < hi; i++) {
        double l = i > 0 ? cur[i - 1] : cur[i];
        double r = i < NX - 1 ? cur[i + 1] : cur[i];
        next[i] = 0.25 * l + 0.5 * cur[i] + 0.25 * r;
    }
    usleep(2000);
}

int main(void)
{
    double a[NX], b[NX];
    double *u = a, *v = b, *t;
    for (int i = 0; i < NX; i++) a[i] = (i * 37 % 11) - 5.0;
    for (int s = 0; s < STEPS; s++) {
        for (int lo = 0; lo < NX; lo += BLOCK)
            relax(u, v, lo, lo + BLOCK);
        t = u; u = v; v = t;
    }
    double sum = 0;
    for (int i = 0; i < NX; i++) sum += u[i] * (i + 1);
    printf("%.9f %.9f %.9f\n", u[0], u[NX / 2], sum);
    return 0;
}
