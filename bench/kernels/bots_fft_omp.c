/* bots_fft_omp.c — recursive radix-2 FFT after BOTS, hand-written OpenMP tasks:
 * above the cutoff the even and odd half-transforms are two tasks, a taskwait,
 * then the combination. */
#include <math.h>
#include <omp.h>
#include "common.h"

#define CUT 4096

typedef struct {
    double re, im;
} cplx;

static void fft(long n, const cplx *in, long s, cplx *out, const cplx *w, long ws)
{
    if (n == 1) {
        out[0] = in[0];
        return;
    }
    long h = n / 2;
    if (h > CUT) {
#pragma omp task
        fft(h, in, 2 * s, out, w, 2 * ws);
#pragma omp task
        fft(h, in + s, 2 * s, out + h, w, 2 * ws);
#pragma omp taskwait
    } else {
        fft(h, in, 2 * s, out, w, 2 * ws);
        fft(h, in + s, 2 * s, out + h, w, 2 * ws);
    }
    for (long k = 0; k < h; k++) {
        cplx t = w[k * ws], e = out[k], o = out[k + h];
        double tr = t.re * o.re - t.im * o.im;
        double ti = t.re * o.im + t.im * o.re;
        out[k].re = e.re + tr;
        out[k].im = e.im + ti;
        out[k + h].re = e.re - tr;
        out[k + h].im = e.im - ti;
    }
}

int main(int argc, char **argv)
{
    long n = 1L << bench_arg(argc, argv, 1, 23); /* argv[1]: log2 of the size */
    cplx *in = malloc(n * sizeof(cplx));
    cplx *out = malloc(n * sizeof(cplx));
    cplx *w = malloc(n / 2 * sizeof(cplx));
    unsigned long x = 12345;
    for (long i = 0; i < n; i++) {
        x = x * 6364136223846793005UL + 1442695040888963407UL;
        in[i].re = (double)(x >> 11) / 9007199254740992.0 - 0.5;
        x = x * 6364136223846793005UL + 1442695040888963407UL;
        in[i].im = (double)(x >> 11) / 9007199254740992.0 - 0.5;
    }
    for (long k = 0; k < n / 2; k++) {
        w[k].re = cos(2 * M_PI * (double)k / (double)n);
        w[k].im = -sin(2 * M_PI * (double)k / (double)n);
    }

    double t0 = bench_now();
#pragma omp parallel
#pragma omp single
    fft(n, in, 1, out, w, 1);
    bench_report(bench_now() - t0);

    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += sqrt(out[i].re * out[i].re + out[i].im * out[i].im);
    printf("fft(%ld): sum|X| = %.6e X[0] = %.6e %+.6ei X[n/3] = %.6e %+.6ei\n", n, sum,
           out[0].re, out[0].im, out[n / 3].re, out[n / 3].im);
    free(in);
    free(out);
    free(w);
    return 0;
}
