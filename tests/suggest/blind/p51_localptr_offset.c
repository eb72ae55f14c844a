#include <stdio.h>
#include <math.h>
#define N 40
static double a[N + 1];
int main(void)
{
    int i;
    double *dst = a + 1;
    for (i = 0; i <= N; i++) a[i] = i;
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        dst[i] = s * 1e-3 + a[i];
    }
    printf("%.5f %.5f\n", a[1], a[N]);
    return 0;
}
