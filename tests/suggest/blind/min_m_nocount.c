#include <stdio.h>
#include <math.h>
static double hist[16];
static double res[4];
static void accumulate(double *h, int seed)     /* writes h[0..15] */
{
    int j, k;
    for (j = 0; j < 16; j++)
        for (k = 0; k < 400; k++)
            h[j] += sin(seed + j + k * 0.01);
}
static void probe(const double *p, int seed, double *out)
{
    double s = 0; int k;
    for (k = 0; k < 6000; k++) s += cos(*p + seed + k * 0.001);
    *out = s;
}
int main(void)
{
    int i;
    accumulate(hist, 1);
    accumulate(hist, 2);
    for (i = 0; i < 4; i++)
        probe(&hist[5], i, &res[i]);
    for (i = 0; i < 4; i++)
        printf("%d %.6f\n", i, res[i]);
    return 0;
}
