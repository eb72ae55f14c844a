#include <stdio.h>
#include <stdlib.h>
#include <math.h>
typedef struct { int w, h; double *data; } image;
static void render(image *im)
{
    int y;
    for (y = 0; y < im->h; y++) {
        double *row = im->data + (size_t)y * im->w;
        int x;
        for (x = 0; x < im->w; x++) {
            double s = 0; int k;
            for (k = 0; k < 40; k++) s += sin(x * 0.1 + y + k);
            row[x] = s;
        }
    }
}
static void blur(image *dst, const image *src)
{
    int y;
    for (y = 0; y < src->h; y++) {
        int x;
        for (x = 0; x < src->w; x++) {
            double s = 0; int k;
            for (k = 0; k < 40; k++) s += cos(src->data[y * src->w + x] + k);
            dst->data[y * dst->w + x] = s;
        }
    }
}
int main(void)
{
    image a, b;
    double t = 0; int i;
    a.w = b.w = 64; a.h = b.h = 40;
    a.data = malloc(sizeof(double) * 64 * 40);
    b.data = malloc(sizeof(double) * 64 * 40);
    render(&a);
    blur(&b, &a);
    blur(&a, &a);
    for (i = 0; i < 64 * 40; i++) t += a.data[i] + b.data[i];
    printf("%.5f\n", t);
    free(a.data); free(b.data);
    return 0;
}
