/* complex_signal.c — a scientist's DFT with C99 complex numbers: DELAYED
 * functions returning `double complex` (one DFT bin per task, reading the
 * signal through DELAYED_IN_N), results stored in a `double complex spec[N]`
 * array, magnitudes computed without libm (|z|^2 via creal/cimag), twiddle
 * factors from a table built by ordinary recurrence, and an inverse transform
 * of a few bins. */
#include <complex.h>
#include <stdio.h>
#include "delayed.h"

#define N 64

DELAYED double complex dft_bin(DELAYED_IN_N(N) const double *x, DELAYED_IN_N(N) const double complex *w, int k)
{
    double complex s = 0;
    for (int n = 0; n < N; n++)
        s += x[n] * w[(k * n) % N];
    return s;
}

DELAYED_PURE double power(double complex z)
{
    return creal(z) * creal(z) + cimag(z) * cimag(z);
}

DELAYED double complex scale_conj(double complex z, double k)
{
    return conj(z) * k;
}

int main(void)
{
    double x[N];
    double complex w[N], spec[N];
    double pw[N];
    /* w[m] = exp(-2 pi i m / N) by repeated rotation, no libm */
    const double c1 = 0.99518472667219688624, s1 = 0.098017140329560601994; /* cos, sin(2pi/64) */
    w[0] = 1.0;
    for (int m = 1; m < N; m++)
        w[m] = w[m - 1] * (c1 - I * s1);
    for (int n = 0; n < N; n++)
        x[n] = (n % 8 < 4 ? 1.0 : -1.0) + 0.25 * ((n * 5) % 3 - 1);

    for (int k = 0; k < N; k++)
        spec[k] = dft_bin(x, w, k);
    for (int k = 0; k < N; k++)
        pw[k] = power(spec[k]);

    int peak = 0;
    double tot = 0;
    for (int k = 0; k < N; k++) {
        tot += pw[k];
        if (pw[k] > pw[peak] + 1e-9)
            peak = k;
    }
    printf("peak bin %d power %.6f total %.6f (parseval %.6f)\n", peak, pw[peak], tot / N, tot / N / N);
    double complex c = scale_conj(spec[peak], 1.0 / N);
    printf("spec[peak]/N conj = %.6f %+.6fi\n", creal(c), cimag(c));
    printf("spec[0]=%.6f spec[8]=%.6f%+.6fi\n", creal(spec[0]), creal(spec[8]), cimag(spec[8]));
    return 0;
}
