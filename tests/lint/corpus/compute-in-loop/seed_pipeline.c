/* seed_pipeline.c — the first dask.delayed example with costly steps: each item
 * is cleaned, scored and combined; `output[i] = c` is a plain copy of a pending
 * value (not a sync point) and the summing task runs after the loop, so the first
 * loop overlaps completely.  The second loop prints each score as it goes:
 * printf reads the pending value inside a loop that spawns tasks. */
#include <stdio.h>
#include "delayed.h"

#define ITEMS 16
#define WORK 1000000

DELAYED double clean(double x)
{
    double y = x;
    for (int i = 0; i < WORK; i++)
        y = y * 0.9999 + 0.0001 * x;
    return y;
}

DELAYED double score(double x)
{
    double y = 0.0;
    for (int i = 0; i < WORK; i++)
        y += x / WORK;
    return y;
}

DELAYED double combine(double a, double b)
{
    double y = 0.0;
    for (int i = 0; i < WORK; i++)
        y += (a - b) / WORK;
    return y + b;
}

DELAYED double total_of(DELAYED_IN_N(n) const double *v, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

int main(void)
{
    double data[ITEMS], output[ITEMS];
    for (int i = 0; i < ITEMS; i++)
        data[i] = i + 1.0;

    for (int i = 0; i < ITEMS; i++) {
        double a = clean(data[i]);
        double b = score(data[i]);
        double c = combine(a, b);
        output[i] = c;
    }
    double total = total_of(output, ITEMS);

    for (int i = 0; i < 4; i++) {
        double s = score(data[i] * 2.0);
        printf("score %d = %.4f\n", i, s); // expect: delayed-compute-in-loop
    }

    printf("total = %.4f\n", total);
    return 0;
}
