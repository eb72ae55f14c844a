/* loop_shapes.c — per-element tasks written in other loop shapes with constant
 * bounds: an inclusive `<=` bound with a long counter, and a count-down loop;
 * both have a known trip count of 1,000,000.  A loop over 4 costly runs is fine. */
#include <stdio.h>
#include "delayed.h"

#define N 1000000

DELAYED double square(double x) { return x * x; }

DELAYED double costly_sum(int k)
{
    double s = 0.0;
    for (int i = 0; i < 2000000; i++)
        s += (double)(i % (k + 2)) / 2000000.0;
    return s;
}

int main(void)
{
    static double a[N + 1], b[N];
    for (long i = 1; i <= N; i++)
        a[i] = square((double)i); // emit runs it in batches: no delayed-too-fine
    for (int i = N - 1; i >= 0; i--)
        b[i] = square(i * 0.5); // emit runs it in batches: no delayed-too-fine
    double runs[4];
    for (int k = 0; k < 4; k++)
        runs[k] = costly_sum(k);
    printf("%.1f %.1f %.4f %.4f\n", a[N], b[0], runs[0], runs[3]);
    return 0;
}
