#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
int i;
static double weight(void) { return 1.0 + i * 0.5; }
int main(void)
{
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += sin(i + k * 0.001);
        out[i] = s * weight();
    }
    printf("%d %.5f %.5f\n", i, out[0], out[N - 1]);
    return 0;
}
