/* pixel_shader.c — shade a 1000x1000 image.  One task per pixel (a million
 * tasks for a few arithmetic operations each) is far too fine; one task per band
 * of 125 rows (8 tasks of 125,000 pixels) is the batched form. */
#include <stdio.h>
#include "delayed.h"

#define W 1000
#define H 1000
#define BANDS 8

DELAYED float shade(int x, int y)
{
    return (float)((x * 3 + y * 5) % 256) / 255.0f;
}

DELAYED double shade_band(DELAYED_OUT_N(W * (H / BANDS)) float *rows, int y0)
{
    double s = 0.0;
    for (int y = 0; y < H / BANDS; y++)
        for (int x = 0; x < W; x++) {
            float v = (float)((x * 3 + (y0 + y) * 5) % 256) / 255.0f;
            rows[y * W + x] = v;
            s += v;
        }
    return s;
}

int main(void)
{
    static float img[H * W], img2[H * W];
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            img[y * W + x] = shade(x, y); // emit runs it in batches: no delayed-too-fine

    double sums[BANDS];
    for (int b = 0; b < BANDS; b++)
        sums[b] = shade_band(img2 + b * (H / BANDS) * W, b * (H / BANDS));
    double total = 0.0;
    for (int b = 0; b < BANDS; b++)
        total += sums[b];

    printf("%.4f %.4f %.2f\n", img[10 * W + 10], img2[10 * W + 10], total);
    return 0;
}
