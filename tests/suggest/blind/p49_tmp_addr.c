#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
static void get(double *dst, int i) { int k; *dst = 0; for (k = 0; k < 3000; k++) *dst += sin(i + k * 0.001); }
int main(void)
{
    int i;
    double t = 0, w = 0;
    double *pt = &w;
    for (i = 0; i < N; i++) {
        get(&t, i);
        out[i] = t;
    }
    for (i = 0; i < N; i++) {
        int k;
        w = 0;
        for (k = 0; k < 3000; k++) w += cos(i + k * 0.001);
        out[i] += w;
    }
    printf("%.5f %.5f %.5f %.5f\n", out[0], out[N - 1], t, *pt);
    return 0;
}
