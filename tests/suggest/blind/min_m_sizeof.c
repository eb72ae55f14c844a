#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
int main(void)
{
    const double coef[4] = { 0.5, 1.5, 2.5, 3.5 };
    int i;
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++)
            s += coef[k % 4] * sin(i + k * 0.1);
        out[i] = s + (double)(sizeof coef / sizeof coef[0]);
    }
    printf("%.5f\n", out[N - 1]);
    return 0;
}
