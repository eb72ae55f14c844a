#include <stdio.h>
#include <math.h>
#define N 50
static double a[N];
static double w[N];
static double calc(int i)
{
    double s = 0; int k;
    for (k = 0; k < 2500; k++) s += sqrt((double)(i * k + 1));
    return s;
}
int main(void)
{
    int i;
    a[0] = 1.0;
    for (i = 1; i < N; i++)
        a[i] = calc(i) * 1e-6 + a[i - 1];
    for (i = 0; i < N - 1; i++)
        w[i] = calc(i) * 1e-6 + w[i + 1] + 1.0;
    for (i = 0; i < N; i += 7) printf("%.6f %.6f\n", a[i], w[i]);
    return 0;
}
