#include <stdio.h>
#include <math.h>
#define N 40
static double a[N];
#define PREV(j) ((j) > 0 ? a[(j) - 1] : 0.0)
static double prev(int j) { return j > 0 ? a[j - 1] : 0.0; }
int main(void)
{
    int i;
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        a[i] = s * 1e-3 + PREV(i);
    }
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += cos(i + k * 0.001);
        a[i] = s * 1e-3 + prev(i);
    }
    printf("%.6f %.6f\n", a[1], a[N - 1]);
    return 0;
}
