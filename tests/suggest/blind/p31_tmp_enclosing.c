#include <stdio.h>
#include <math.h>
#define N 30
static double a[N];
int main(void)
{
    int i, k, r;
    double t = 0;
    double u;
    for (r = 0; r < 3; r++) {
        printf("r=%d t=%.5f\n", r, t);
        for (i = 0; i < N; i++) {
            t = r;
            for (k = 0; k < 3000; k++) t += sin(i + k * 0.001);
            a[i] = t;
        }
    }
    for (i = 0; i < N; i++) {
        u = 0;
        for (k = 0; k < 3000; k++) u += cos(i + k * 0.001);
        a[i] += u;
    }
    if (a[0] > 1e9) u = 0;
    printf("%.5f %.5f %.5f\n", a[0], a[N - 1], u);
    return 0;
}
