#include <stdio.h>
#include <math.h>
#define N 40
static double a[N], b[N];
int main(void)
{
    int i, j;
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        a[i] = s;
    }
    for (j = 0; j < N; j++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += cos(a[j] + k * 0.001);
        b[j] = s;
    }
    printf("%.5f %.5f\n", a[N - 1], b[N - 1]);
    return 0;
}
