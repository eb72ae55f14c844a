#include <stdio.h>
#include <math.h>
#define N 40
int main(void)
{
    double in[N], out[N];
    int i, k;
    for (i = 0; i < N; i++) in[i] = i;
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(in[i] + k * 0.001);
        out[i] = s;
    }
    for (i = 0; i < N; i++) in[i] = -1.0;
    in[3] = 99.0;
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(in[i] + k * 0.001);
        out[i] += s;
    }
    printf("%.5f %.5f %.5f\n", out[0], out[3], out[N - 1]);
    return 0;
}
