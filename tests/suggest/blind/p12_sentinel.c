#include <stdio.h>
#include <math.h>
#define N 30
static void block(double *out, int n, int seed)
{
    int i, k;
    for (i = 0; i < n; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(seed + i + k * 0.001);
        out[i] = s;
    }
    out[n] = -1.0 * seed;     /* sentinel one past the block */
}
static void block2(double *out, int n, int seed)
{
    int i, k;
    for (i = 0; i < n; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += cos(seed + i + k * 0.001);
        out[i] += s;
    }
}
int main(void)
{
    static double a[4 * N + 1];
    int b;
    for (b = 0; b < 4; b++)
        block(a + b * N, N, b);
    for (b = 3; b >= 0; b--)
        block(a + b * N, N, b + 10);
    for (b = 0; b < 4; b++)
        block2(a + b * N, N + 1, b);
    for (b = 0; b <= 4 * N; b += 9) printf("%d %.5f\n", b, a[b]);
    return 0;
}
