/* image_tiles.c — box-blur four tiles of a synthetic image, one task per tile.
 * Two tiles are written the wrong way, delayed(blur_tile(...)): the blur runs
 * eagerly in main and only its (already computed) value is "delayed".  One of them
 * spans two lines; the finding is on the line of `delayed(`. */
#include <stdio.h>
#include "delayed.h"

#define TILE 512
#define NT 4

static double blur_tile(const float *px)
{
    double acc = 0.0;
    for (int y = 1; y < TILE - 1; y++)
        for (int x = 1; x < TILE - 1; x++)
            acc += 0.25 * (px[(y - 1) * TILE + x] + px[(y + 1) * TILE + x] +
                           px[y * TILE + x - 1] + px[y * TILE + x + 1]);
    return acc;
}

int main(void)
{
    static float img[NT * TILE * TILE];
    for (int i = 0; i < NT * TILE * TILE; i++)
        img[i] = (float)(i % 97) / 97.0f;

    double a = delayed(blur_tile)(img);
    double b = delayed(blur_tile(img + TILE * TILE)); // expect: delayed-call-before-delay
    double c = delayed(blur_tile)(img + 2 * TILE * TILE);
    double d = delayed( // expect: delayed-call-before-delay
        blur_tile(img + 3 * TILE * TILE));

    printf("tiles: %.3f %.3f %.3f %.3f\n", a, b, c, d);
    return 0;
}
