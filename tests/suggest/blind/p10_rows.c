#include <stdio.h>
#include <math.h>
#define H 40
#define W 64
static float img[H][W];
static float out[H][W];
static void fill_row(float *row, int n, int y)
{
    int x, k;
    for (x = 0; x < n; x++) {
        float s = 0;
        for (k = 0; k < 40; k++) s += sinf((float)(x + y + k) * 0.1f);
        row[x] = s;
    }
}
int main(void)
{
    int x, y;
    for (y = 0; y < H; y++) {
        float *row = img[y];
        fill_row(row, W, y);
    }
    for (y = 0; y < H; y++) {
        float *row = out[y];
        const float *src = img[y];
        for (x = 0; x < W; x++) {
            int k; float s = 0;
            for (k = 0; k < 50; k++) s += src[x] * cosf((float)k);
            row[x] = s;
        }
    }
    for (y = 1; y < H - 1; y++) {
        for (x = 0; x < W; x++) {
            int k; float s = 0;
            for (k = 0; k < 50; k++) s += out[y - 1][x] * sinf((float)k) + out[y + 1][x];
            img[y][x] = s * 0.001f;
        }
    }
    {
        double t = 0;
        for (y = 0; y < H; y++) for (x = 0; x < W; x++) t += img[y][x] + out[y][x];
        printf("%.3f\n", t);
    }
    return 0;
}
