#include <stdio.h>
#include <math.h>
static void smooth(int h, int w, double dst[h][w], double src[h][w])
{
    int y, x;
    for (y = 0; y < h; y++) {
        for (x = 0; x < w; x++) {
            double s = 0; int k;
            for (k = 0; k < 60; k++) s += src[y][x] * sin((double)k);
            dst[y][x] = s;
        }
    }
}
int main(void)
{
    int h = 30, w = 40, y, x;
    double a[30][40], b[30][40];
    double t = 0;
    for (y = 0; y < h; y++) for (x = 0; x < w; x++) a[y][x] = y * 0.1 + x;
    smooth(h, w, b, a);
    for (y = 0; y < h; y++) {
        int xx;
        for (xx = 0; xx < w; xx++) {
            double s = 0; int k;
            for (k = 0; k < 60; k++) s += b[y][xx] * cos((double)k);
            a[y][xx] = s;
        }
    }
    for (y = 0; y < h; y++) for (x = 0; x < w; x++) t += a[y][x];
    printf("%.5f\n", t);
    return 0;
}
