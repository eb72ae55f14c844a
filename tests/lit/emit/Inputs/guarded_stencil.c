/* Vertical blurs whose row index is kept in the image by a guard: an if that
 * continues, an if around the read, a loop over the rows with an if that
 * continues, and (WRONG) a guard that lets the row h through. */
#include <stdio.h>
#include "delayed.h"

#define W 48
#define H 40

DELAYED static void blur_continue(DELAYED_IN_N(w * h) const float *src, DELAYED_OUT_N(w * h) float *dst, int w, int h)
{
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            float acc = 0;
            for (int dy = -1; dy <= 1; dy++) {
                int yy = y + dy;
                if (yy < 0 || yy >= h) continue;
                acc += src[yy * w + x];
            }
            dst[y * w + x] = acc / 3;
        }
}

DELAYED static void blur_inside(DELAYED_IN_N(w * h) const float *src, DELAYED_OUT_N(w * h) float *dst, int w, int h)
{
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            float acc = 0;
            for (int dy = -1; dy <= 1; dy++) {
                int yy = y + dy;
                if (yy >= 0 && yy < h) acc += src[yy * w + x];
            }
            dst[y * w + x] = acc / 3;
        }
}

DELAYED static void blur_rows(DELAYED_IN_N(w * h) const float *src, DELAYED_OUT_N(w * h) float *dst, int w, int h)
{
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            float acc = 0;
            for (int yy = y - 1; yy <= y + 1; yy++) {
                if (yy < 0 || yy >= h) continue;
                acc += src[yy * w + x];
            }
            dst[y * w + x] = acc / 3;
        }
}

#ifdef WRONG_GUARD
DELAYED static void blur_past(DELAYED_IN_N(w * h) const float *src, DELAYED_OUT_N(w * h) float *dst, int w, int h)
{
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            float acc = 0;
            for (int dy = -1; dy <= 1; dy++) {
                int yy = y + dy;
                if (yy < 0 || yy > h) continue;
                acc += src[yy * w + x];
            }
            dst[y * w + x] = acc / 3;
        }
}
#endif

static float img[W * H], a[W * H], b[W * H], c[W * H];

int main(void)
{
    for (int i = 0; i < W * H; i++) img[i] = (float)(i % 23);
    blur_continue(img, a, W, H);
    blur_inside(img, b, W, H);
    blur_rows(img, c, W, H);
    double s = 0;
    for (int i = 0; i < W * H; i++) s += a[i] + 2 * b[i] + 3 * c[i];
    printf("%.3f\n", s);
    return 0;
}
