#include <stdio.h>
#include <math.h>
#define N 40
static double g[N];
static double total;
static void store(int i, double v) { g[i] = v; }
static double norm(void) { int j; double s = 0; for (j = 0; j < N; j++) s += g[j]; return s; }
int main(void)
{
    int i;
    double probe[N];
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        store(i, s);
    }
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += cos(i + k * 0.001);
        g[i] = s;
        probe[i] = norm();
    }
    total = norm();
    printf("%.5f %.5f %.5f\n", total, probe[0], probe[N - 1]);
    return 0;
}
