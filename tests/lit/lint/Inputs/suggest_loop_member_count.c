/* The README's image (blind 73a): image_new says the pixels' count in its
 * allocation, and blur's row loop, the unit to pick, reads src->px and
 * writes through a local copy of dst->px.  The loop's new function takes
 * the struct; --fix says the count in the struct, as for a function. */
#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int w, h;
    float *px;
} Image;

static Image *image_new(int w, int h)
{
    Image *im = malloc(sizeof(Image));
    im->w = w;
    im->h = h;
    im->px = malloc((size_t)w * h * sizeof(float));
    return im;
}

static void blur(const Image *src, Image *dst)
{
    int x, y, k;
    int w = src->w, h = src->h;
    float *out = dst->px;
    for (y = 0; y < h; y++) {
        for (x = 0; x < w; x++) {
            float acc = 0;
            for (k = 0; k < 64; k++)
                acc += src->px[y * w + (x + k) % w] * (float)k;
            out[y * w + x] = acc;
        }
    }
}

/* two parameters of one struct: its count said once */
static double dot(const Image *a, const Image *b, int row)
{
    double s = 0;
    int x, k;
    for (k = 0; k < 40; k++)
        for (x = 0; x < a->w; x++) s += a->px[row * a->w + x] * b->px[row * b->w + x] * k;
    return s;
}

int main(void)
{
    Image *a = image_new(400, 300), *b = image_new(400, 300);
    int i;
    double s = 0, d[300];
    for (i = 0; i < 400 * 300; i++) a->px[i] = (float)(i % 97);
    blur(a, b);
    for (i = 0; i < 400 * 300; i++) s += b->px[i];
    for (i = 0; i < 300; i++) d[i] = dot(a, b, i);
    for (i = 0; i < 300; i++) s += d[i] * 1e-9;
    printf("%.3f\n", s);
    return 0;
}
