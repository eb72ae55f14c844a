#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
int main(void)
{
    double buf[16];
    struct { double sum; double max; int n; } acc;
    int i, j, k, m;
    for (j = 0; j < 16; j++) buf[j] = 0;
    acc.max = -1e9;
    for (i = 0; i < N; i++) {
        m = 4 + i % 12;
        for (j = 0; j < m; j++) {
            buf[j] = 0;
            for (k = 0; k < 200; k++) buf[j] += sin(i + j + k * 0.01);
        }
        out[i] = 0;
        for (j = 0; j < 16; j++) out[i] += buf[j];
    }
    for (i = 0; i < N; i++) {
        acc.sum = 0; acc.n = 0;
        for (k = 0; k < 3000; k++) { acc.sum += cos(i + k * 0.001); acc.n++; }
        if (acc.sum > acc.max) acc.max = acc.sum;
        out[i] += acc.sum / acc.n + acc.max;
    }
    printf("%.6f %.6f %.6f\n", out[0], out[N / 2], out[N - 1]);
    return 0;
}
