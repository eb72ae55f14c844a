/* thumbs.c - make thumbnails of a batch of images (box filter + gamma) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NIMG 48
#define SRC_W 640
#define SRC_H 480
#define SCALE 4

typedef struct {
    int w, h;
    unsigned char *pix;
} image_t;

static unsigned char gamma_lut[256];

static void init_gamma(void)
{
    int i;
    for (i = 0; i < 256; i++) {
        double v = i / 255.0;
        v = v * v * (3.0 - 2.0 * v);
        gamma_lut[i] = (unsigned char)(v * 255.0 + 0.5);
    }
}

static void synth_image(image_t *im, int seed)
{
    int x, y;
    unsigned int s = (unsigned int)seed * 2654435761u + 1u;
    im->w = SRC_W;
    im->h = SRC_H;
    im->pix = (unsigned char *)malloc((size_t)SRC_W * SRC_H);
    for (y = 0; y < SRC_H; y++) {
        for (x = 0; x < SRC_W; x++) {
            s = s * 1103515245u + 12345u;
            im->pix[y * SRC_W + x] = (unsigned char)(((x ^ y) + seed * 7 + (s >> 24)) & 0xff);
        }
    }
}

static void downscale(const image_t *src, image_t *dst, int f)
{
    int x, y, dx, dy;
    unsigned int acc;
    int pass;
    dst->w = src->w / f;
    dst->h = src->h / f;
    dst->pix = (unsigned char *)malloc((size_t)dst->w * dst->h);
    for (pass = 0; pass < 30; pass++) {
        for (y = 0; y < dst->h; y++) {
            for (x = 0; x < dst->w; x++) {
                acc = 0;
                for (dy = 0; dy < f; dy++)
                    for (dx = 0; dx < f; dx++)
                        acc += gamma_lut[src->pix[(y * f + dy) * src->w + x * f + dx]];
                dst->pix[y * dst->w + x] = (unsigned char)((acc / (f * f) + pass) & 0xff);
            }
        }
    }
}

static unsigned long checksum(const image_t *im)
{
    unsigned long h = 5381;
    int i;
    for (i = 0; i < im->w * im->h; i++)
        h = h * 33 + im->pix[i];
    return h;
}

int main(void)
{
    image_t src[NIMG], thumb[NIMG];
    int i;
    unsigned long total = 0;

    init_gamma();
    for (i = 0; i < NIMG; i++)
        synth_image(&src[i], i);
    for (i = 0; i < NIMG; i++)
        downscale(&src[i], &thumb[i], SCALE);
    for (i = 0; i < NIMG; i++) {
        unsigned long c = checksum(&thumb[i]);
        total ^= c + (unsigned long)i;
        if (i % 8 == 0)
            printf("thumb %2d: %dx%d sum=%lu\n", i, thumb[i].w, thumb[i].h, c);
    }
    printf("total %lu\n", total);
    for (i = 0; i < NIMG; i++) {
        free(src[i].pix);
        free(thumb[i].pix);
    }
    return 0;
}
