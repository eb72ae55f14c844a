#include <stdio.h>
#include <math.h>
#define N 40
double out[N];
double scale = 1.0;
int ncalls;
static double work(int i)
{
    double s = 0; int k;
    ncalls++;
    for (k = 0; k < 3000; k++) s += sin(i + k * scale);
    return s;
}
static void bump(void) { scale *= 1.01; }
int main(void)
{
    int i, k;
    for (i = 0; i < N; i++)
        out[i] = work(i);
    printf("calls=%d %.5f\n", ncalls, out[N-1]);
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += cos(i + k * scale);
        out[i] = s;
        if (i == 10) bump();
    }
    printf("%.5f %.5f\n", out[0], out[N - 1]);
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += cos(i + k * scale);
        out[i] = s;
    }
    scale = 5.0;
    printf("%.5f %.5f %.3f\n", out[0], out[N - 1], scale);
    return 0;
}
