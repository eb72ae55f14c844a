/* Images made by a constructor that returns them (`Image *image_new(w, h)`),
 * kept in a local array of pointers or a malloc'd one, each blurred in place
 * and then measured (blind 67a: all memory, one task after another).  Their
 * counted members' regions are named, read at the spawn; a task that writes
 * only what the members point to reads the struct itself, so measuring image
 * i does not wait for blurring image i + 1.  A task that writes a field of
 * the struct (directly, or in a helper) keeps it as written: the next reader
 * of that field waits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define NIMG 8
typedef struct {
    int w, h, tag;
    float *px DELAYED_N(w * h);
} Image;

static Image *image_new(int w, int h, unsigned seed) {
    Image *im = malloc(sizeof *im);
    if (!im) exit(2);
    im->w = w;
    im->h = h;
    im->tag = 0;
    im->px = malloc((size_t)w * h * sizeof *im->px);
    if (!im->px) exit(2);
    for (int i = 0; i < w * h; i++) {
        seed = seed * 1103515245u + 12345u;
        im->px[i] = (float)((seed >> 16) & 0xff);
    }
    return im;
}

static void image_free(Image *im) {
    free(im->px);
    free(im);
}

DELAYED static void blur(DELAYED_INOUT Image *im, int passes) {
    int w = im->w, h = im->h;
    float *tmp = malloc((size_t)w * h * sizeof *tmp);
    if (!tmp) exit(2);
    for (int p = 0; p < passes; p++) {
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                float s = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = y + dy, xx = x + dx;
                        if (yy < 0 || yy >= h || xx < 0 || xx >= w) continue;
                        s += im->px[yy * w + xx];
                        n++;
                    }
                tmp[y * w + x] = s / n;
            }
        memcpy(im->px, tmp, (size_t)w * h * sizeof *tmp);
    }
    free(tmp);
}

static void set_tag(Image *im, int t) { im->tag = t; }

DELAYED static void brighten(DELAYED_INOUT Image *im, int t) {
    for (int i = 0; i < im->w * im->h; i++) im->px[i] += 1.0f;
    if (im) set_tag(im, t);
}

DELAYED static double mean(DELAYED_IN const Image *im) {
    double s = 0;
    for (int i = 0; i < im->w * im->h; i++) s += im->px[i];
    return s / (im->w * im->h) + im->tag;
}

int main(void) {
    Image *a[NIMG];
    Image **b = malloc(NIMG * sizeof *b);
    double ma[NIMG], mb[NIMG];
    if (!b) return 1;
    for (int i = 0; i < NIMG; i++) {
        a[i] = image_new(40 + 4 * i, 30, 17u * i + 1);
        b[i] = image_new(30, 20 + 2 * i, 5u * i + 3);
    }
    for (int i = 0; i < NIMG; i++) {
        blur(a[i], 30);
        ma[i] = mean(a[i]);
    }
    for (int i = 0; i < NIMG; i++) {
        brighten(b[i], i + 1);
        mb[i] = mean(b[i]);
        blur(b[i], 20);
    }
    for (int i = 0; i < NIMG; i++)
        printf("%d %.6f %.6f %.4f %d\n", i, ma[i], mb[i], b[i]->px[0], b[i]->tag);
    for (int i = 0; i < NIMG; i++) {
        image_free(a[i]);
        image_free(b[i]);
    }
    free(b);
    return 0;
}
