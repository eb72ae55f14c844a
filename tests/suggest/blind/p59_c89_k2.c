#include <stdio.h>
#include <math.h>
#define N 40
static double a[N], b[N];
int main(void)
{
    int i, k;
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        a[i] = s;
    }
    for (i = 0; i < N; i++) {
        b[i] = 0;
        for (k = 0; k < 3; k++) b[i] += a[i] * k;
    }
    printf("%.5f %.5f\n", a[N - 1], b[N - 1]);
    return 0;
}
