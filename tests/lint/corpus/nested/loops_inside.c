/* loops_inside.c — a delayed function that spawns the per-block work itself, in
 * a loop (one nested call site, reported once), and a DELAYED_PURE function that
 * calls another delayed function.  block_stats does its blocks inline and is the
 * form to keep; main calls the block function directly. */
#include <stdio.h>
#include "delayed.h"

#define BLOCK 250000
#define NB 4

DELAYED double block_sum(DELAYED_IN_N(BLOCK) const double *b)
{
    double s = 0.0;
    for (int i = 0; i < BLOCK; i++)
        s += b[i];
    return s;
}

DELAYED double all_blocks(DELAYED_IN_N(NB * BLOCK) const double *restrict v)
{
    double part[NB], s = 0.0;
    for (int k = 0; k < NB; k++)
        part[k] = block_sum(v + k * BLOCK); // expect: delayed-nested
    for (int k = 0; k < NB; k++)
        s += part[k];
    return s;
}

DELAYED_PURE double mean_of_first(DELAYED_IN_N(NB * BLOCK) const double *restrict v)
{
    double a = block_sum(v); // expect: delayed-nested
    double b = block_sum(v + BLOCK); // expect: delayed-nested
    return (a + b) / (2.0 * BLOCK);
}

DELAYED double block_stats(DELAYED_IN_N(NB * BLOCK) const double *v)
{
    double s = 0.0;
    for (int k = 0; k < NB; k++)
        for (int i = 0; i < BLOCK; i++)
            s += v[k * BLOCK + i] * v[k * BLOCK + i];
    return s;
}

int main(void)
{
    static double v[NB * BLOCK];
    for (int i = 0; i < NB * BLOCK; i++)
        v[i] = (i % 1000) * 0.001;
    double total = all_blocks(v);
    double m = mean_of_first(v);
    double sq = block_stats(v);
    double parts[NB];
    for (int k = 0; k < NB; k++)
        parts[k] = block_sum(v + k * BLOCK);
    printf("%.3f %.6f %.3f %.3f\n", total, m, sq, parts[0] + parts[NB - 1]);
    return 0;
}
