/* image_bands.c — blur a 1024x1024 image in 8 horizontal bands, then compute
 * the brightness of each band: every task reads its input through a const
 * DELAYED_IN_N pointer and writes only its own DELAYED_OUT_N band; results are
 * combined after the spawning loops.  Follows every practice: no finding. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define W 1024
#define H 1024
#define BANDS 8
#define BH (H / BANDS)

DELAYED void blur_band(DELAYED_IN_N(W * BH) const float *in, DELAYED_OUT_N(W * BH) float *out)
{
    for (int y = 0; y < BH; y++)
        for (int x = 0; x < W; x++) {
            float l = in[y * W + (x > 0 ? x - 1 : x)];
            float r = in[y * W + (x < W - 1 ? x + 1 : x)];
            out[y * W + x] = 0.25f * l + 0.5f * in[y * W + x] + 0.25f * r;
        }
}

DELAYED double brightness(DELAYED_IN_N(W * BH) const float *band)
{
    double s = 0.0;
    for (int i = 0; i < W * BH; i++)
        s += band[i];
    return s / (W * BH);
}

int main(void)
{
    float *img = malloc(sizeof(float) * W * H);
    float *out = malloc(sizeof(float) * W * H);
    if (!img || !out)
        return 1;
    for (int i = 0; i < W * H; i++)
        img[i] = (float)((i * 2654435761u) >> 24) / 255.0f;

    for (int b = 0; b < BANDS; b++)
        blur_band(img + b * W * BH, out + b * W * BH);
    double level[BANDS];
    for (int b = 0; b < BANDS; b++)
        level[b] = brightness(out + b * W * BH);

    double mean = 0.0;
    for (int b = 0; b < BANDS; b++)
        mean += level[b] / BANDS;
    printf("mean brightness %.5f (band 0 %.5f)\n", mean, level[0]);
    free(out);
    free(img);
    return 0;
}
