#include <stdio.h>
#include <math.h>
#define N 40
static void step(double *dst, double *src, int n)
{
    int i;
    for (i = 0; i < n; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(src[i] + k * 0.001);
        dst[i] = s + src[i + 1];
    }
}
int main(void)
{
    double buf[N + 2];
    double *p = buf, *q = buf + 1;
    int i;
    for (i = 0; i < N + 2; i++) buf[i] = i;
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(p[i + 1] + k * 0.001);
        q[i] = s;
    }
    step(buf, buf, N);
    printf("%.5f %.5f %.5f\n", buf[0], buf[5], buf[N]);
    return 0;
}
