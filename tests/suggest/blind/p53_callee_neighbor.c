#include <stdio.h>
#include <math.h>
#define N 40
static double a[N + 1];
static double nb(const double *p) { return p[1]; }
static void upd(double *p, double s) { p[0] = s + p[1]; }
int main(void)
{
    int i;
    for (i = 0; i <= N; i++) a[i] = i;
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        upd(&a[i], s * 1e-3);
    }
    printf("%.5f %.5f %.5f\n", a[0], a[7], a[N - 1]);
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += cos(i + k * 0.001);
        a[i] = s * 1e-3 - nb(&a[i]);
    }
    printf("%.5f %.5f %.5f\n", a[0], a[7], a[N - 1]);
    return 0;
}
