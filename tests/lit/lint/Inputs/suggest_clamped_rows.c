/* A legacy box blur whose taps are clamped to the image, by ifs (rows) and
 * by macros (columns), run over a few passes with the buffers swapped. */
#include <stdio.h>
#include <stdlib.h>

#define KR 3
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define CLAMP(v, lo, hi) MIN(MAX((v), (lo)), (hi))

static void blur(const float *src, float *dst, int w, int h)
{
    int x, y, i, j, sx, sy;
    float acc;
    for (y = 0; y < h; y++) {
        for (x = 0; x < w; x++) {
            acc = 0.0f;
            for (j = -KR; j <= KR; j++) {
                sy = y + j;
                if (sy < 0) sy = 0;
                if (sy > h - 1) sy = h - 1;
                for (i = -KR; i <= KR; i++) {
                    sx = CLAMP(x + i, 0, w - 1);
                    acc += src[sy * w + sx];
                }
            }
            dst[y * w + x] = acc / ((2 * KR + 1) * (2 * KR + 1));
        }
    }
}

int main(void)
{
    int w = 1536, h = 64;
    float *a = malloc(sizeof(float) * (size_t)w * h), *b = malloc(sizeof(float) * (size_t)w * h);
    if (!a || !b) return 1;
    for (int i = 0; i < w * h; i++) a[i] = (float)((i * 7919) % 255);
    for (int p = 0; p < 4; p++) {
        blur(a, b, w, h);
        float *t = a;
        a = b;
        b = t;
    }
    double s = 0;
    for (int i = 0; i < w * h; i++) s += a[i] * (i % 13);
    printf("%.3f\n", s);
    free(a);
    free(b);
    return 0;
}
