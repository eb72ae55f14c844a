/* batching.c — the "avoid too many tasks" best practice: 1,000,000 items, but one
 * task per batch of 10,000 items (100 tasks), not one task per item.
 * Each process_batch task transforms its slice of the input into the same slice of
 * the output and returns the slice's partial sum; the partial sums are then
 * combined in batch order by ordinary code, so the total is the same bit for bit
 * however many threads ran the batches. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N_ITEMS 1000000
#define BATCH 10000

static double item_value(long i) { return (double)(i % 1000) * 0.001 + (double)(i % 7); }

DELAYED double process_batch(DELAYED_IN_N(n) const double *in, DELAYED_OUT_N(n) double *out, int n)
{
    double partial = 0.0;
    for (int i = 0; i < n; i++) {
        double x = in[i];
        out[i] = x * x - 3.0 * x + 1.0;
        partial += out[i];
    }
    return partial;
}

int main(void)
{
    enum { N_BATCHES = N_ITEMS / BATCH };
    double *in = malloc(N_ITEMS * sizeof *in);
    double *out = malloc(N_ITEMS * sizeof *out);
    if (!in || !out) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    for (long i = 0; i < N_ITEMS; i++)
        in[i] = item_value(i);

    double partial[N_BATCHES];
    for (int b = 0; b < N_BATCHES; b++)
        partial[b] = process_batch(in + (long)b * BATCH, out + (long)b * BATCH, BATCH);

    double total = 0.0;
    for (int b = 0; b < N_BATCHES; b++)
        total += partial[b];

    printf("batches = %d of %d items\n", N_BATCHES, BATCH);
    printf("out[0] = %.6f, out[%d] = %.6f\n", out[0], N_ITEMS - 1, out[N_ITEMS - 1]);
    printf("partial[0] = %.6f, partial[%d] = %.6f\n", partial[0], N_BATCHES - 1, partial[N_BATCHES - 1]);
    printf("total = %.6f\n", total);
    free(out);
    free(in);
    return 0;
}
