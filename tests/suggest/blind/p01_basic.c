#include <stdio.h>
#include <math.h>

#define N 64
#define M 3000

double out[N];

static void compute(void)
{
    int i, k;
    for (i = 0; i < N; i++) {
        double s = 0.0;
        for (k = 0; k < M; k++)
            s += sin(i * 0.01 + k * 0.001) * cos(k * 0.002);
        out[i] = s;
    }
}

int main(void)
{
    int i;
    double total = 0.0;
    compute();
    for (i = 0; i < N; i++)
        total += out[i];
    printf("total=%.6f first=%.6f last=%.6f\n", total, out[0], out[N - 1]);
    return 0;
}
