/* blur.c -- box blur of a grey-scale test card, clamped borders */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIDTH   640
#define HEIGHT  480
#define RADIUS  4
#define PASSES  2

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define CLAMP(v, lo, hi) MIN(MAX((v), (lo)), (hi))
#define PIXEL(img, x, y) ((img)[(y) * WIDTH + (x)])

typedef unsigned char u8;

static void make_test_card(u8 *img)
{
    unsigned seed = 12345u;
    for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < WIDTH; x++) {
            seed = seed * 1103515245u + 12345u;
            int v = ((x / 32 + y / 32) & 1) ? 200 : 40;
            v += (int)((seed >> 16) & 0x1f) - 16;
            PIXEL(img, x, y) = (u8)CLAMP(v, 0, 255);
        }
    }
}

static void box_blur(const u8 *src, u8 *dst)
{
    const unsigned area = (2 * RADIUS + 1) * (2 * RADIUS + 1);
    for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < WIDTH; x++) {
            unsigned sum = 0;
            for (int dy = -RADIUS; dy <= RADIUS; dy++) {
                int yy = CLAMP(y + dy, 0, HEIGHT - 1);
                for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                    int xx = MIN(MAX(x + dx, 0), WIDTH - 1);
                    sum += PIXEL(src, xx, yy);
                }
            }
            PIXEL(dst, x, y) = (u8)((sum + area / 2) / area);
        }
    }
}

static unsigned long checksum(const u8 *img)
{
    unsigned long h = 5381;
    for (int i = 0; i < WIDTH * HEIGHT; i++)
        h = h * 33 + img[i];
    return h;
}

int main(void)
{
    u8 *a = malloc(WIDTH * HEIGHT);
    u8 *b = malloc(WIDTH * HEIGHT);
    if (!a || !b) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    make_test_card(a);
    for (int p = 0; p < PASSES; p++) {
        box_blur(a, b);
        u8 *t = a; a = b; b = t;
    }
    printf("blur %dx%d r=%d passes=%d\n", WIDTH, HEIGHT, RADIUS, PASSES);
    printf("checksum %lu\n", checksum(a));
    printf("corner %d %d centre %d\n", PIXEL(a, 0, 0), PIXEL(a, WIDTH - 1, HEIGHT - 1),
           PIXEL(a, WIDTH / 2, HEIGHT / 2));
    free(a);
    free(b);
    return 0;
}
