#include <stdio.h>
#include <stddef.h>
#include <math.h>
#define N 40
static float out[N][128];
static void fill(float *row, size_t n, size_t seed)
{
    size_t x;
    for (x = 0; x < n; x++) {
        int k; float s = 0;
        for (k = 0; k < 30; k++) s += sinf((float)(seed + x + k));
        row[x] = s;
    }
}
int main(void)
{
    size_t i;
    unsigned j;
    double t = 0;
    for (i = N; i-- > 0; )
        fill(out[i], 128, i);
    for (j = 0; j < N; j += 2) {
        float *row = out[j];
        size_t x;
        for (x = 0; x < 128; x++) { int k; for (k = 0; k < 30; k++) row[x] += cosf((float)(k + x)); }
    }
    for (i = 0; i < N; i++) t += out[i][0] + out[i][127];
    printf("%.4f\n", t);
    return 0;
}
