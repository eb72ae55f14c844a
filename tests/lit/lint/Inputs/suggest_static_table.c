/* A filter whose taps are a static const table, called once per channel;
 * and a counter in a static local, which does carry state. */
#include <stdio.h>

#define NCH 16
#define LEN 4096

static double sig[NCH][LEN], out[NCH];

static double filt(const double *x, int n)
{
    static const double taps[4] = {0.1, 0.2, 0.3, 0.4};
    double s = 0.0;
    for (int r = 0; r < 60; r++)
        for (int i = 3; i < n; i++)
            s += taps[0] * x[i] + taps[1] * x[i - 1] + taps[2] * x[i - 2] + taps[3] * x[i - 3] + r * 1e-9;
    return s;
}

static double counted(const double *x, int n)
{
    static long calls;
    double s = 0.0;
    calls++;
    for (int r = 0; r < 60; r++)
        for (int i = 0; i < n; i++) s += x[i] * (double)(calls % 3 + r);
    return s;
}

int main(void)
{
    for (int c = 0; c < NCH; c++)
        for (int i = 0; i < LEN; i++) sig[c][i] = (double)((c * 131 + i * 17) % 97) / 97.0;
    for (int c = 0; c < NCH; c++) out[c] = filt(sig[c], LEN);
    double t = 0;
    for (int c = 0; c < NCH; c++) t += out[c] + counted(sig[c], LEN);
    printf("%.6f\n", t);
    return 0;
}
