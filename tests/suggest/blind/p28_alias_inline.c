#include <stdio.h>
#include <math.h>
#define N 40
static void smooth(double *out, const double *in, int n)
{
    int i, k;
    for (i = 0; i < n; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(in[i] + k * 0.001);
        out[i] = s * 1e-3 + in[i + 1];
    }
}
int main(void)
{
    static double a[N + 2], b[N + 2];
    int i;
    for (i = 0; i < N + 2; i++) a[i] = b[i] = i * 0.5;
    smooth(b, a, N);
    smooth(a, a, N);
    smooth(a + 1, a, N);
    for (i = 0; i < N + 2; i += 5) printf("%d %.6f %.6f\n", i, a[i], b[i]);
    return 0;
}
