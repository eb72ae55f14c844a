/* block_reduce_restrict.c — numpy-style blocked reductions (`x.reshape(-1, B).sum(1)`)
 * written with `restrict` pointer parameters: an ordinary helper taking
 * `double *restrict out, const double *restrict in` spawns one delayed task per
 * block with DELAYED_IN_N(B) on `in + b*B` and DELAYED_OUT on `&out[b]`; a
 * second helper does axpy on blocks of a restrict buffer (INOUT_N); the caller
 * passes stack arrays and a malloc'd buffer. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define B 64
#define NB 16
#define LEN (B * NB)

DELAYED void block_sum(DELAYED_IN_N(B) const double *in, DELAYED_OUT double *out)
{
    double s = 0;
    for (int i = 0; i < B; i++)
        s += in[i];
    *out = s;
}

DELAYED void block_axpy(double a, DELAYED_IN_N(B) const double *x, DELAYED_INOUT_N(B) double *y)
{
    for (int i = 0; i < B; i++)
        y[i] += a * x[i];
}

static void reduce_blocks(double *restrict out, const double *restrict in, int nb)
{
    for (int b = 0; b < nb; b++)
        block_sum(in + b * B, &out[b]);
}

static void axpy_blocks(double a, const double *restrict x, double *restrict y, int nb)
{
    for (int b = 0; b < nb; b++)
        block_axpy(a, x + (size_t)b * B, y + (size_t)b * B);
}

int main(void)
{
    double x[LEN], sums[NB];
    double *y = malloc(LEN * sizeof *y);
    if (!y)
        return 1;
    for (int i = 0; i < LEN; i++) {
        x[i] = (double)((i * 37) % 101) / 8.0;
        y[i] = (double)(i % 13);
    }
    reduce_blocks(sums, x, NB);
    double tot = 0;
    for (int b = 0; b < NB; b++)
        tot += sums[b];
    printf("sum(x) by blocks = %.4f\n", tot);

    axpy_blocks(0.5, x, y, NB);
    axpy_blocks(-0.25, x, y, NB);
    reduce_blocks(sums, y, NB);
    for (int b = 0; b < NB; b += 5)
        printf("block %2d: %.4f\n", b, sums[b]);
    tot = 0;
    for (int b = 0; b < NB; b++)
        tot += sums[b];
    printf("sum(y) = %.4f y[7]=%.4f y[LEN-1]=%.4f\n", tot, y[7], y[LEN - 1]);
    free(y);
    return 0;
}
