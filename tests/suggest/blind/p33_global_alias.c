#include <stdio.h>
#include <math.h>
#define N 40
static double arr[N + 1];
static double *alias = arr;
int main(void)
{
    int i, k;
    for (i = 0; i <= N; i++) arr[i] = i;
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(alias[i + 1] + k * 0.001);
        arr[i] = s;
    }
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        alias[i + 1] = s + arr[i];
    }
    printf("%.5f %.5f %.5f\n", arr[0], arr[5], arr[N]);
    return 0;
}
