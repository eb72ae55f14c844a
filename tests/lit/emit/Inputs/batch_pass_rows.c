/* A Jacobi-style sweep: passes over the rows of a grid, the source and the
 * destination swapped after each pass; the row calls are batched. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define W 256
#define H 256

DELAYED static void smooth_row(DELAYED_IN_RANGE(W * y - W, W * y + 2 * W) const float *src,
                               DELAYED_OUT_RANGE(W * y, W * y + W) float *dst, int y)
{
    for (int x = 0; x < W; x++) {
        float up = y > 0 ? src[(y - 1) * W + x] : 0, down = y < H - 1 ? src[(y + 1) * W + x] : 0;
        dst[y * W + x] = (src[y * W + x] * 2 + up + down) / 4;
    }
}

int main(void)
{
    float *a = malloc(sizeof(float) * W * H), *b = malloc(sizeof(float) * W * H);
    if (!a || !b) return 1;
    for (int i = 0; i < W * H; i++) a[i] = (float)(i % 97);
    for (int pass = 0; pass < 6; pass++) {
        for (int y = 0; y < H; y++)
            smooth_row(a, b, y);
        float *t = a;
        a = b;
        b = t;
    }
    double s = 0;
    for (int i = 0; i < W * H; i += 7) s += a[i];
    printf("%.3f\n", s);
    free(a);
    free(b);
    return 0;
}
