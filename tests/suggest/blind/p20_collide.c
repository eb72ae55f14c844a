#include <stdio.h>
#include <math.h>
#define N 40
static double out[N], out2[N];
static int run_i_iteration = 3;
double k = 0.25;
static void run(void)
{
    int i;
    for (i = 0; i < N; i++) {
        double s = run_i_iteration; int j;
        for (j = 0; j < 3000; j++) s += sin(i + j * k);
        out[i] = s;
    }
    for (i = 0; i < N; i++) {
        double s = 1; int j;
        for (j = 0; j < 3000; j++) s += cos(i + j * k);
        out2[i] = s;
    }
}
int main(void)
{
    run();
    printf("%.5f %.5f %.5f\n", out[0], out[N - 1], out2[3]);
    return 0;
}
