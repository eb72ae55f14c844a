/* C89 style (blind round 42): the row pointer declared at the top of the
 * function and set in the loop, `row = src + yy * w;`, is the row it points
 * to, as `const unsigned char *row = src + yy * w;` was, and a pixel macro
 * defined in the function and #undef'd at its end writes the row as the
 * element it expands to: the loop over rows is proposed.  A pointer carried
 * from one iteration to the next is not. */
#include <stdio.h>
#include <stdlib.h>

#ifndef W
#define W 640
#endif
#ifndef H
#define H 240
#endif

static void blur(const unsigned char *src, unsigned char *dst, int w, int h)
{
    int x, y, dx, dy, xx, yy, acc, n;
    const unsigned char *row;
#define PX(img, X, Y) (img)[(Y) * w + (X)]
    for (y = 0; y < h; y++) {
        for (x = 0; x < w; x++) {
            acc = 0;
            n = 0;
            for (dy = -2; dy <= 2; dy++) {
                yy = y + dy;
                if (yy < 0 || yy >= h) continue;
                row = src + yy * w;
                for (dx = -2; dx <= 2; dx++) {
                    xx = x + dx;
                    if (xx < 0 || xx >= w) continue;
                    acc += row[xx];
                    n++;
                }
            }
            PX(dst, x, y) = (unsigned char)(acc / n);
        }
    }
#undef PX
}

/* the row written through a pointer declared at the top (blind round 43:
 * "every iteration writes through 'row' ... a time step") */
static void shade(unsigned char *img, int w, int h)
{
    unsigned char *out, *row;
    int x, y, k, v;
    out = img;
    for (y = 0; y < h; y++) {
        row = out + y * w;
        for (x = 0; x < w; x++) {
            v = 0;
            for (k = 0; k < 40; k++) v = (v * 7 + x + y + k) & 255;
            row[x] = (unsigned char)v;
        }
    }
}

/* each row mixed with the row the iteration before set: carried */
static void trail(const unsigned char *src, unsigned char *dst, int w, int h)
{
    int x, y, k;
    const unsigned char *prev;
    prev = src;
    for (y = 0; y < h; y++) {
        for (x = 0; x < w; x++) {
            unsigned s = 0;
            for (k = 0; k < 24; k++) s += (unsigned)(prev[x] ^ k) + src[y * w + x];
            dst[y * w + x] = (unsigned char)s;
        }
        prev = src + y * w;
    }
}

int main(void)
{
    unsigned char *a = malloc(W * H), *b = malloc(W * H), *t;
    unsigned long sum = 0;
    int i, pass;
    if (!a || !b) return 1;
    for (i = 0; i < W * H; i++) a[i] = (unsigned char)(((unsigned)i * 7919u) >> 3 ^ (unsigned)(i / W));
    for (pass = 0; pass < 4; pass++) {
        blur(a, b, W, H);
        t = a; a = b; b = t;
    }
    trail(a, b, W, H);
    shade(a, W, H);
    for (i = 0; i < W * H; i++) sum = sum * 33 + a[i] + b[i];
    printf("%lu\n", sum);
    free(a);
    free(b);
    return 0;
}
