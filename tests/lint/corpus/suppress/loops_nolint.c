/* loops_nolint.c — suppressing findings of the loop and call checks: a
 * too-fine loop the author accepts (same-line comment), a compute-in-loop
 * accepted from the line before, a large struct by value under a comment with no
 * check name, a discarded result under a next-line comment naming another check
 * (still reported). */
#include <stdio.h>
#include "delayed.h"

#define N 1000000

struct block {
    double v[256];
};

DELAYED double half(double x) { return 0.5 * x; }

DELAYED double heavy(double x)
{
    double y = 0.0;
    for (int i = 0; i < N; i++)
        y += x / N;
    return y;
}

DELAYED double block_sum(struct block b)
{
    double s = 0.0;
    for (int r = 0; r < 1000; r++)
        for (int i = 0; i < 256; i++)
            s += b.v[i] / 1000.0;
    return s;
}

int main(void)
{
    static double in[N], out[N];
    for (int i = 0; i < N; i++)
        in[i] = i;
    for (int i = 0; i < N; i++)
        out[i] = half(in[i]); // NOLINT(delayed-too-fine)

    double acc = 0.0;
    for (int i = 0; i < 4; i++) {
        double h = heavy(i);
        // NOLINTNEXTLINE(delayed-compute-in-loop)
        acc += h;
    }

    struct block b = { { 1.0, 2.0 } };
    double s1 = block_sum(b); // NOLINT
    double s2 = heavy(5.0);
    // NOLINTNEXTLINE(delayed-too-fine)
    heavy(6.0); // expect: delayed-result-unused
    printf("%.1f %.4f %.4f %.4f\n", out[N - 1], acc, s1, s2);
    return 0;
}
