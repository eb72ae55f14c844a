/* Lines of an image written through a global pointer set once in main (C89
 * style): the function never assigns the pointer, only what it points to. */
#include <stdio.h>
#include <stdlib.h>

#define W 512
#define H 256

static unsigned char *image;

static void render_line(int y)
{
    int x, it;
    unsigned char *row = image + (size_t)y * W;
    for (x = 0; x < W; x++) {
        double zx = 0, zy = 0, t, cx = -2.0 + 3.0 * x / W, cy = -1.2 + 2.4 * y / H;
        for (it = 0; it < 200; it++) {
            if (zx * zx + zy * zy > 4.0) break;
            t = zx * zx - zy * zy + cx;
            zy = 2 * zx * zy + cy;
            zx = t;
        }
        row[x] = (unsigned char)it;
    }
}

int main(void)
{
    int y;
    unsigned long sum = 0;
    image = malloc((size_t)W * H);
    if (!image) return 1;
    for (y = 0; y < H; y++)
        render_line(y);
    for (y = 0; y < W * H; y++) sum = sum * 31 + image[y];
    printf("%lu\n", sum);
    free(image);
    return 0;
}
