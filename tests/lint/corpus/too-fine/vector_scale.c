/* vector_scale.c — scale a vector of 1,000,000 values.  One delayed call per
 * element is flagged; the batched version makes 10 tasks of 100,000 elements
 * each, which is not too fine under any per-task overhead below 10,000
 * operations. */
#include <stdio.h>
#include "delayed.h"

#define N 1000000
#define BATCH 100000

DELAYED double scale(double x) { return 2.5 * x + 1.0; }

DELAYED double scale_batch(DELAYED_IN_N(BATCH) const double *in, DELAYED_OUT_N(BATCH) double *out)
{
    double s = 0.0;
    for (int i = 0; i < BATCH; i++) {
        out[i] = 2.5 * in[i] + 1.0;
        s += out[i];
    }
    return s;
}

int main(void)
{
    static double in[N], out[N], out2[N];
    for (int i = 0; i < N; i++)
        in[i] = (double)(i % 1000) * 0.001;

    for (int i = 0; i < N; i++)
        out[i] = scale(in[i]); // emit runs it in batches: no delayed-too-fine

    double partial[N / BATCH];
    for (int b = 0; b < N / BATCH; b++)
        partial[b] = scale_batch(in + b * BATCH, out2 + b * BATCH);
    double total = 0.0;
    for (int b = 0; b < N / BATCH; b++)
        total += partial[b];

    printf("%.3f %.3f %.3f\n", out[N - 1], out2[N - 1], total);
    return 0;
}
