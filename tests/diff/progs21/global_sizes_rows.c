/* Blind round 49a: rows of an image in a global pointer, its sizes in globals
 * that are not static (int width, height), read by the loop that spawns the
 * rows: each read waited for every task (a row's region might lie in the
 * global), peak 1.  The reads wait for the tasks whose regions overlap the
 * global's bytes: none. */
/* p02_mandel.c - Mandelbrot by rows and Julia by tiles */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define MAXIT 600
#define TS 32

int width = 300, height = 200;
int *mandel_img;
int *julia_img;

static int escape(double cr, double ci, double zr, double zi)
{
    int it = 0;
    while (it < MAXIT && zr * zr + zi * zi < 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        it++;
    }
    return it;
}

DELAYED void mandel_row(DELAYED_OUT_RANGE(y * w, y * w + w) int *img, int w, int h, int y)
{
    int x;
    double ci = -1.2 + 2.4 * y / h;
    for (x = 0; x < w; x++) {
        double cr = -2.1 + 3.0 * x / w;
        img[y * w + x] = escape(cr, ci, 0.0, 0.0);
    }
}

void julia_tile(int *img, int tx, int ty, double jr, double ji)
{
    int x, y;
    for (y = ty; y < ty + TS && y < height; y++)
        for (x = tx; x < tx + TS && x < width; x++) {
            double zr = -1.6 + 3.2 * x / width;
            double zi = -1.2 + 2.4 * y / height;
            img[y * width + x] = escape(jr, ji, zr, zi);
        }
}

DELAYED static long hist_sum(DELAYED_IN_N(n) const int *img, int n, DELAYED_INOUT long *inset)
{
    long s = 0;
    int i;
    *inset = 0;
    for (i = 0; i < n; i++) {
        s += img[i] * (long)(i % 7 + 1);
        if (img[i] == MAXIT) (*inset)++;
    }
    return s;
}

int main(int argc, char *argv[])
{
    int y, tx, ty;
    long s1, s2, in1, in2;
    if (argc > 1) width = atoi(argv[1]);
    if (argc > 2) height = atoi(argv[2]);
    mandel_img = (int *)malloc(sizeof(int) * width * height);
    julia_img = (int *)malloc(sizeof(int) * width * height);
    if (mandel_img == NULL || julia_img == NULL)
        return 1;
    for (y = 0; y < height; y++)
        mandel_row(mandel_img, width, height, y);
    for (ty = 0; ty < height; ty += TS)
        for (tx = 0; tx < width; tx += TS)
            julia_tile(julia_img, tx, ty, -0.8, 0.156);
    s1 = hist_sum(mandel_img, width * height, &in1);
    s2 = hist_sum(julia_img, width * height, &in2);
    printf("mandel sum=%ld inset=%ld\n", s1, in1);
    printf("julia  sum=%ld inset=%ld\n", s2, in2);
    free(mandel_img);
    free(julia_img);
    return 0;
}
