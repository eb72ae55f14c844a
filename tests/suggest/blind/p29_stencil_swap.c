#include <stdio.h>
#include <math.h>
#define N 64
static double A[N], B[N];
int main(void)
{
    double *cur = A, *next = B, *tmp;
    int i, t, k;
    for (i = 0; i < N; i++) A[i] = B[i] = sin(i);
    for (t = 0; t < 6; t++) {
        for (i = 1; i < N - 1; i++) {
            double s = 0;
            for (k = 0; k < 800; k++) s += cos(cur[i] + k * 0.01);
            next[i] = (cur[i - 1] + cur[i] + cur[i + 1]) / 3.0 + s * 1e-4;
        }
        tmp = cur; cur = next; next = tmp;
    }
    for (i = 0; i < N; i += 9) printf("%d %.8f\n", i, cur[i]);
    return 0;
}
