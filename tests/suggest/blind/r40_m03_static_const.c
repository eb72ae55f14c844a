/* minimal: a read-only static const table in a function called in a loop */
#include <stdio.h>

static double filt(const double *x, int n)
{
    static const double taps[4] = { 0.1, 0.2, 0.3, 0.4 };
    double s = 0.0;
    for (int r = 0; r < 600; r++)
        for (int i = 3; i < n; i++)
            s += taps[0] * x[i] + taps[1] * x[i - 1] + taps[2] * x[i - 2] + taps[3] * x[i - 3] + r * 1e-9;
    return s;
}

int main(void)
{
    static double sig[64][1000], out[64];
    for (int c = 0; c < 64; c++)
        for (int i = 0; i < 1000; i++)
            sig[c][i] = (c * 1000 + i) % 17 * 0.1;
    for (int c = 0; c < 64; c++)
        out[c] = filt(sig[c], 1000);
    double t = 0.0;
    for (int c = 0; c < 64; c++)
        t += out[c] * (c % 5);
    printf("filt %.6f\n", t);
    return 0;
}
