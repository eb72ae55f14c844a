#include <stdio.h>
#include <math.h>
#define N 40
static double a[N], b[N];
int main(void)
{
    int i;
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        a[i] = s;
    }
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += cos(i + k * 0.001);
        b[i] = s;
    }
    printf("%.5f %.5f\n", a[N - 1], b[N - 1]);
    return 0;
}
