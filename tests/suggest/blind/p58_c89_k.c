#include <stdio.h>
#include <math.h>
#define N 40
static double a[N];
int main(void)
{
    int i, k;
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        a[i] = s;
    }
    for (k = 0; k < 3; k++)
        printf("%.5f\n", a[k]);
    return 0;
}
