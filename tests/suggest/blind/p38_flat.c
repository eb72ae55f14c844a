#include <stdio.h>
#include <math.h>
#define H 30
#define W 50
static double a[H * W], b[H * W];
int main(void)
{
    int y, x, k;
    for (y = 0; y < H * W; y++) a[y] = y % 17;
    for (y = 0; y < H; y++) {
        for (x = 0; x < W; x++) {
            double s = 0;
            for (k = 0; k < 60; k++) s += sin(a[y * W + x] + k);
            b[y * W + x] = s;
        }
    }
    for (y = 0; y < H; y++) {
        double *row = &b[y * W];
        for (x = 0; x < W; x++) {
            double s = 0;
            for (k = 0; k < 60; k++) s += cos(row[x] + k);
            row[x] = s + (y > 0 ? row[x - W] : 0);
        }
    }
    printf("%.5f %.5f\n", b[0], b[H * W - 1]);
    return 0;
}
