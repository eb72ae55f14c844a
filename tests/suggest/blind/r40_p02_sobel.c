/* sobel.c -- edge magnitude of a synthetic float image (runtime size) */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int w, h;
    float *px;
} Image;

static Image image_new(int w, int h)
{
    Image im = { w, h, calloc((size_t)w * h, sizeof(float)) };
    return im;
}

static void image_fill(Image *im)
{
    for (int y = 0; y < im->h; y++)
        for (int x = 0; x < im->w; x++) {
            float fx = (float)x / im->w, fy = (float)y / im->h;
            im->px[y * im->w + x] = sinf(fx * 37.0f) * cosf(fy * 23.0f) + 0.25f * sinf((fx + fy) * 91.0f);
        }
}

/* 5x5 extended Sobel with replicated edges */
static void sobel(const float *in, float *out, int w, int h)
{
    static const int kx[5] = { -1, -2, 0, 2, 1 };
    static const int ky[5] = { 1, 4, 6, 4, 1 };
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
            float gx = 0.0f, gy = 0.0f;
            for (int j = -2; j <= 2; j++) {
                int yy = y + j;
                if (yy < 0)
                    yy = 0;
                if (yy > h - 1)
                    yy = h - 1;
                for (int i = -2; i <= 2; i++) {
                    int xx = x + i < 0 ? 0 : (x + i >= w ? w - 1 : x + i);
                    float v = in[yy * w + xx];
                    gx += kx[i + 2] * ky[j + 2] * v;
                    gy += ky[i + 2] * kx[j + 2] * v;
                }
            }
            float m = sqrtf(gx * gx + gy * gy);
            out[y * w + x] = m > 255.0f ? 255.0f : m;
        }
    }
}

int main(int argc, char **argv)
{
    int w = argc > 1 ? atoi(argv[1]) : 960;
    int h = argc > 2 ? atoi(argv[2]) : 720;
    Image src = image_new(w, h), dst = image_new(w, h);
    if (!src.px || !dst.px)
        return 1;
    image_fill(&src);
    sobel(src.px, dst.px, w, h);

    double sum = 0.0, mx = 0.0;
    long strong = 0;
    for (int i = 0; i < w * h; i++) {
        sum += dst.px[i];
        if (dst.px[i] > mx)
            mx = dst.px[i];
        if (dst.px[i] > 2.0f)
            strong++;
    }
    printf("sobel %dx%d\n", w, h);
    printf("sum=%.6e max=%.4f strong=%ld\n", sum, mx, strong);
    free(src.px);
    free(dst.px);
    return 0;
}
