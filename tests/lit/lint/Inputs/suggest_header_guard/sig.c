#include <math.h>
#include "sig.h"

double peak(const cplx *x, int n)
{
    double best = 0;
    int i;
    for (i = 0; i < n; i++)
        if (x[i].re * x[i].re + x[i].im * x[i].im > best) best = x[i].re * x[i].re + x[i].im * x[i].im;
    return best;
}

void make_signal(cplx *x, int n, int id)
{
    int i, k;
    for (i = 0; i < n; i++) {
        x[i].re = 0;
        x[i].im = 0;
        for (k = 1; k < 40; k++) {
            x[i].re += sin(0.001 * i * k * (id + 1)) / k;
            x[i].im += cos(0.002 * i * k + id) / k;
        }
    }
}
