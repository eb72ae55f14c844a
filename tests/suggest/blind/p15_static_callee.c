#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#define N 40
static double out[N];
static double cached(int i)
{
    static double last = 0;
    static int have = 0;
    double s = have ? last * 1e-9 : 0; int k;
    for (k = 0; k < 3000; k++) s += sin(i + k * 0.01);
    last = s; have = 1;
    return s;
}
static unsigned long seed = 12345;
static unsigned myrand(void) { seed = seed * 1103515245UL + 12345UL; return (unsigned)(seed >> 16) & 0x7fff; }
int main(void)
{
    int i, k;
    static double noise[N];
    for (i = 0; i < N; i++)
        out[i] = cached(i);
    for (i = 0; i < N; i++) {
        double s = 0;
        for (k = 0; k < 3000; k++) s += sqrt((double)k + i);
        noise[i] = s + myrand() % 10;
    }
    for (i = 0; i < N; i++) {
        double s = 0;
        srand(i);
        for (k = 0; k < 3000; k++) s += sqrt((double)k + i);
        noise[i] += s + rand() % 10;
    }
    printf("%.4f %.4f %.4f %.4f\n", out[0], out[N-1], noise[0], noise[N-1]);
    return 0;
}
