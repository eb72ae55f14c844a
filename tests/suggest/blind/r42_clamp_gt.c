/* The same blur with the clamp written inline as v > h - 1 ? h - 1 : v (blind round 42: refused; the >= form was read) */
#define INLINE_CLAMP
/* 3x3 box blur whose border clamp is a helper function: the row loop is not
 * proposed ("reads all memory through 'src'"); -DINLINE_CLAMP writes the same
 * clamp as a ternary and the loop is proposed */
#include <stdio.h>
#include <stdlib.h>

#define W 1600
#define H 1200



static void blur(const unsigned char *src, unsigned char *dst, int w, int h)
{
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            int acc = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++) {
#ifdef INLINE_CLAMP
                    int yy = y + dy < 0 ? 0 : y + dy > h - 1 ? h - 1 : y + dy;
                    int xx = x + dx < 0 ? 0 : x + dx > w - 1 ? w - 1 : x + dx;
#else
                    int yy = clampi(y + dy, 0, h - 1);
                    int xx = clampi(x + dx, 0, w - 1);
#endif
                    acc += src[yy * w + xx];
                }
            dst[y * w + x] = (unsigned char)(acc / 9);
        }
}

int main(void)
{
    unsigned char *a = malloc(W * H), *b = malloc(W * H), *t;
    for (int i = 0; i < W * H; i++) a[i] = (unsigned char)(i * 2654435761u >> 24);
    for (int p = 0; p < 2; p++) { blur(a, b, W, H); t = a; a = b; b = t; }
    unsigned long h = 0;
    for (int i = 0; i < W * H; i++) h = h * 33 + a[i];
    printf("hash=%lu\n", h);
    free(a); free(b);
    return 0;
}
