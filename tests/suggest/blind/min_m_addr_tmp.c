#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
int main(void)
{
    int i;
    double w = 0;
    double *pw = &w;
    for (i = 0; i < N; i++) {
        int k;
        w = 0;
        for (k = 0; k < 3000; k++) w += cos(i + k * 0.001);
        out[i] = w;
    }
    printf("%.5f %.5f\n", out[N - 1], *pw);
    return 0;
}
