/* bots_fft.c — recursive radix-2 FFT after the Barcelona OpenMP Tasks Suite
 * (BOTS): the transform of n points reads every s-th element of the input; it
 * transforms the even and the odd elements (two strided views of one array) into
 * the two halves of the output, then combines them with the twiddle factors.  The
 * two recursive calls are the tasks, below CUT points they run inline (the
 * annotated serial source; delayc's input). */
#include <math.h>
#include "common.h"
#include "delayed.h"

#define CUT 4096

typedef struct {
    double re, im;
} cplx;

/* out[0..n-1] = DFT of in[0], in[s], ..., in[(n-1)s]; w[k*ws] = exp(-2 pi i k / n) */
DELAYED DELAYED_CUTOFF(n <= CUT)
void fft(long n, DELAYED_IN_2D(n, 1, s) const cplx *in, long s,
         DELAYED_OUT_N(n) cplx *out,
         DELAYED_IN_2D(n / 2, 1, ws) const cplx *w, long ws)
{
    if (n == 1) {
        out[0] = in[0];
        return;
    }
    long h = n / 2;
    fft(h, in, 2 * s, out, w, 2 * ws);
    fft(h, in + s, 2 * s, out + h, w, 2 * ws);
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
    fft(n, in, 1, out, w, 1);
    delayed_compute(out);
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
