#include <stdio.h>
#include <math.h>
#define N 60
double out[N];
int main(void)
{
    int i, k;
    double t = 1.0;
    for (i = 0; i < N; i++) {
        double acc = 0;
        for (k = 0; k < 2500; k++)
            acc += exp(-(double)k / (i + 1));
        if (i % 3 == 0)
            t = acc;
        out[i] = acc + t;
    }
    for (i = 0; i < N; i += 7)
        printf("%d %.5f\n", i, out[i]);
    return 0;
}
