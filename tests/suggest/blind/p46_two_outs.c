#include <stdio.h>
#include <math.h>
#define N 40
static void pair(double *o1, double *o2, int n)
{
    int i;
    for (i = 0; i < n; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        o2[i] = s;
        o1[i] = -s * 0.5;
    }
}
int main(void)
{
    static double buf[N + 1];
    static double x[N], y[N];
    pair(x, y, N);
    pair(buf + 1, buf, N);
    printf("%.5f %.5f %.5f %.5f %.5f\n", x[3], y[3], buf[0], buf[7], buf[N]);
    return 0;
}
