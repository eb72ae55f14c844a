/* matrix_blocks.c — sums and traces of the four 256x256 blocks of a 512x512
 * matrix.  Most calls use DELAYED functions or delayed(f)(args); two are written
 * as delayed(f(args)) inside a larger expression, which evaluates f at once. */
#include <math.h>
#include <stdio.h>
#include "delayed.h"

#define N 512
#define B 256

static double block_sum(const double *m, int bi, int bj)
{
    double s = 0.0;
    for (int i = 0; i < B; i++)
        for (int j = 0; j < B; j++)
            s += m[(bi * B + i) * N + bj * B + j];
    return s;
}

static double block_norm(const double *m, int bi, int bj)
{
    double s = 0.0;
    for (int i = 0; i < B; i++)
        for (int j = 0; j < B; j++) {
            double v = m[(bi * B + i) * N + bj * B + j];
            s += v * v;
        }
    return sqrt(s);
}

int main(void)
{
    static double m[N * N];
    for (int i = 0; i < N * N; i++)
        m[i] = (double)((i * 7) % 13) - 6.0;

    double s00 = delayed(block_sum)(m, 0, 0);
    double s01 = delayed(block_sum)(m, 0, 1);
    double s10 = 2.0 * delayed(block_sum(m, 1, 0)); // expect: delayed-call-before-delay
    double n11 = delayed(block_norm)(m, 1, 1);
    double r = delayed(fabs)(s00 - s01) + delayed(block_norm(m, 0, 0)); // expect: delayed-call-before-delay

    printf("%.1f %.1f %.1f %.3f %.3f\n", s00, s01, s10, n11, r);
    return 0;
}
