#include <stdio.h>
#include <math.h>
int main(void)
{
    int h = 24, w = 37, y, x;
    double a[h][w], b[h][w];
    double t = 0;
    for (y = 0; y < h; y++) for (x = 0; x < w; x++) a[y][x] = y * 0.1 + x;
    for (y = 0; y < h; y++) {
        int xx;
        for (xx = 0; xx < w; xx++) {
            double s = 0; int k;
            for (k = 0; k < 60; k++) s += a[y][xx] * cos((double)k);
            b[y][xx] = s;
        }
    }
    for (y = 0; y < h; y++) for (x = 0; x < w; x++) t += b[y][x];
    printf("%.5f\n", t);
    return 0;
}
