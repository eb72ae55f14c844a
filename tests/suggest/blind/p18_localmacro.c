#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
static void run(void)
{
    int i;
#define SQ(v) ((v) * (v))
    for (i = 0; i < N; i++) {
        double s = 0; int k;
        for (k = 0; k < 3000; k++) s += SQ(sin(i + k * 0.1));
        out[i] = s;
    }
#undef SQ
}
int main(void)
{
    run();
    printf("%.5f %.5f\n", out[0], out[N - 1]);
    return 0;
}
