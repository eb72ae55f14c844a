/* quadmm.c — C += A * B by recursion on quadrants (the shape of BOTS's
 * strassen without its temporaries): each level makes eight products of
 * quadrants, C_ij += A_i1 * B_1j then C_ij += A_i2 * B_2j; the four of a
 * phase touch disjoint quadrants of C and run together, the second product
 * on a quadrant follows the first.  The quadrants are tiles of one matrix
 * with leading dimension ld: DELAYED_INOUT_2D says so, and delayc orders the
 * calls by those regions at run time.  Below CUT a serial loop nest. */
#include "common.h"
#include "delayed.h"

#define CUT 64

DELAYED DELAYED_CUTOFF(n <= CUT)
void qmm(DELAYED_INOUT_2D(n, n, ld) double *c, DELAYED_IN_2D(n, n, ld) const double *a,
         DELAYED_IN_2D(n, n, ld) const double *b, int n, int ld)
{
    if (n <= CUT) {
        for (int i = 0; i < n; i++)
            for (int k = 0; k < n; k++) {
                double x = a[i * ld + k];
                for (int j = 0; j < n; j++)
                    c[i * ld + j] += x * b[k * ld + j];
            }
        return;
    }
    int h = n / 2;
    const double *a11 = a, *a12 = a + h, *a21 = a + h * ld, *a22 = a + h * ld + h;
    const double *b11 = b, *b12 = b + h, *b21 = b + h * ld, *b22 = b + h * ld + h;
    double *c11 = c, *c12 = c + h, *c21 = c + h * ld, *c22 = c + h * ld + h;
    qmm(c11, a11, b11, h, ld);
    qmm(c12, a11, b12, h, ld);
    qmm(c21, a21, b11, h, ld);
    qmm(c22, a21, b12, h, ld);
    qmm(c11, a12, b21, h, ld);
    qmm(c12, a12, b22, h, ld);
    qmm(c21, a22, b21, h, ld);
    qmm(c22, a22, b22, h, ld);
}

int main(int argc, char **argv)
{
    int n = (int)bench_arg(argc, argv, 1, 1024);
    double *a = malloc((size_t)n * n * sizeof *a), *b = malloc((size_t)n * n * sizeof *b);
    double *c = calloc((size_t)n * n, sizeof *c);
    if (!a || !b || !c)
        return 1;
    for (long i = 0; i < (long)n * n; i++) {
        a[i] = (double)((i * 7) % 13) - 6.0;
        b[i] = (double)((i * 11) % 17) - 8.0;
    }
    double t0 = bench_now();
    qmm(c, a, b, n, n);
    delayed_compute(c);
    bench_report(bench_now() - t0);
    double s = 0;
    for (long i = 0; i < (long)n * n; i++)
        s += c[i] * (double)(i % 5 + 1);
    printf("quadmm n=%d check=%.1f\n", n, s);
    free(a);
    free(b);
    free(c);
    return 0;
}
