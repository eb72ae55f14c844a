#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
static void run(int pass)
{
    static double w;
    int i;
    printf("pass %d starts with w=%.5f\n", pass, w);
    for (i = 0; i < N; i++) {
        int k;
        w = pass;
        for (k = 0; k < 3000; k++) w += cos(i + k * 0.001);
        out[i] = w;
    }
}
int main(void)
{
    run(1);
    run(2);
    printf("%.5f\n", out[N - 1]);
    return 0;
}
