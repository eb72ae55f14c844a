#include <stdio.h>
#include <math.h>
#define N 50
double a[N + 1];
static double prev(int i) { return i > 0 ? a[i - 1] : 0.0; }
static double calc(int i)
{
    double s = 0; int k;
    for (k = 0; k < 2500; k++) s += sqrt((double)(i * k + 1));
    return s;
}
static void fill(double *dst, int n)
{
    int i;
    for (i = 0; i < n; i++)
        dst[i] = calc(i) * 1e-6 + prev(i);
}
int main(void)
{
    int i;
    for (i = 0; i < N; i++)
        a[i] = calc(i) * 1e-6 + prev(i) * 0.5;
    fill(a, N);
    for (i = 0; i < N; i += 7) printf("%.6f\n", a[i]);
    return 0;
}
