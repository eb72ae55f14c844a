#include <stdio.h>
#include <math.h>
#define N 40
struct acc { double sum; double max; int n; };
static double out[N];
static void reset(struct acc *a) { a->sum = 0; a->n = 0; }
int main(void)
{
    struct acc acc;
    struct acc b;
    int i, k;
    acc.max = -1e9;
    for (i = 0; i < N; i++) {
        acc.sum = 0; acc.n = 0;
        for (k = 0; k < 3000; k++) { acc.sum += cos(i + k * 0.001); acc.n++; }
        if (acc.sum > acc.max) acc.max = acc.sum;
        out[i] = acc.sum / acc.n + acc.max;
    }
    b.max = 5;
    for (i = 0; i < N; i++) {
        int kk;
        reset(&b);
        for (kk = 0; kk < 3000; kk++) { b.sum += sin(i + kk * 0.001); b.n++; }
        b.max = b.max * 0.5 + b.sum;
        out[i] += b.sum / b.n + b.max;
    }
    printf("%.6f %.6f %.6f\n", out[0], out[N / 2], out[N - 1]);
    return 0;
}
