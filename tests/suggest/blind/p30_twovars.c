#include <stdio.h>
#include <math.h>
#define N 40
static double in[N], out[N];
int main(void)
{
    int i, j, k;
    for (i = 0; i < N; i++) in[i] = i * 0.25;
    for (i = 0, j = N - 1; i < N; i++, j--) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sin(in[j] + k * 0.001);
        out[i] = s;
    }
    printf("%.5f %.5f %d\n", out[0], out[N - 1], j);
    return 0;
}
