#include <stdio.h>
#include <math.h>
#define N 50
static double heavy(double x)
{
    double s = 0;
    int k;
    for (k = 0; k < 2000; k++)
        s += sin(x + k * 0.01);
    return s;
}
static void transform(double *out, const double *in, int n)
{
    int i;
    for (i = 0; i < n; i++)
        out[i] = heavy(in[i]) * 0.01 + in[i + 1];
}
int main(void)
{
    static double a[N + 2], b[N + 2];
    int i;
    for (i = 0; i < N + 2; i++) a[i] = b[i] = i * 0.5;
    transform(b, a, N);        /* distinct */
    transform(a, a, N);        /* in place: out[i] reads in[i+1], not yet written */
    transform(a + 1, a, N);    /* out = in + 1: reads what the previous iteration wrote */
    for (i = 0; i < N + 2; i += 6)
        printf("%d %.6f %.6f\n", i, a[i], b[i]);
    return 0;
}
