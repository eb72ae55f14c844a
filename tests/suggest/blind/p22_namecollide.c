#include <stdio.h>
#include <math.h>
#define N 40
static double out[N];
static void run_i_iteration(void) { puts("user function"); }
static void run(void)
{
    int i;
    for (i = 0; i < N; i++) {
        double out_i = 0; int k;
        for (k = 0; k < 3000; k++) out_i += sin(i + k * 0.1);
        out[i] = out_i;
    }
}
int main(void)
{
    run();
    run_i_iteration();
    printf("%.5f %.5f\n", out[0], out[N - 1]);
    return 0;
}
