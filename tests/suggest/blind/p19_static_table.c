#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
static void run(void)
{
    static const double coef[4] = { 0.5, 1.5, 2.5, 3.5 };
    const double local[3] = { 1.0, 2.0, 3.0 };
    int i;
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++)
            s += coef[k % 4] * sin(i + k * 0.1) + local[k % 3];
        out[i] = s + (double)(sizeof coef / sizeof coef[0]) + (double)sizeof(local);
    }
}
int main(void)
{
    run();
    printf("%.5f %.5f\n", out[0], out[N - 1]);
    return 0;
}
