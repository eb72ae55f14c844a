#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
static void work(double *dst, int n, int *count)
{
    int i;
    for (i = 0; i < n; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        dst[i] = s;
        *count += 1;
    }
}
int main(void)
{
    int i, c = 0;
    work(out, N, &c);
    for (i = 0; i < N; i++) {
        static int calls;
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += cos(i + k * 0.001);
        calls++;
        out[i] += s + calls;
    }
    printf("%d %.5f %.5f\n", c, out[0], out[N - 1]);
    return 0;
}
