#include <stdio.h>
#include <math.h>
#define N 40
int main(void)
{
    double loc[N];
    static double st[N];
    double hist[8] = {0};
    int i, k;
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(i * 0.3 + k * 0.01);
        loc[i] = s;
    }
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += cos(loc[i] + k * 0.01);
        st[i] = s;
        hist[i % 8] += s;
    }
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += cos(st[i] + k * 0.01);
        st[i] = s + loc[i];
    }
    printf("%.4f %.4f %.4f %.4f\n", loc[N-1], st[0], st[N-1], hist[3]);
    return 0;
}
