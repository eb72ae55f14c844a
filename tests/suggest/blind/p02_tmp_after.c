#include <stdio.h>
#include <math.h>
#define N 48
static double a[N], b[N];
int main(void)
{
    int i, k;
    double t;
    for (i = 0; i < N; i++) {
        t = 0.0;
        for (k = 0; k < 3000; k++)
            t += sqrt(i + k * 0.5);
        a[i] = t;
    }
    printf("last t=%.4f\n", t);
    for (i = 0; i < N; i++) {
        t = 1.0;
        for (k = 0; k < 3000; k++)
            t += cos(i * 0.1 + k);
        b[i] = t * 2;
    }
    printf("a0=%.4f a47=%.4f b0=%.4f b47=%.4f\n", a[0], a[N-1], b[0], b[N-1]);
    return 0;
}
