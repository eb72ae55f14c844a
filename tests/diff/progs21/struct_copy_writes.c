/* A DELAYED function given `const Image *im` (a constructed image whose
 * pixels say their count) that copies the struct and writes through the
 * copy's pointer (blind 68b): `Image c = *im; c.px[0]++` was taken as a read
 * of the pixels, and the calls ran together (lost updates at one thread,
 * batched).  A copy of data holding the parameter's pointers, into a local,
 * an array or a struct's initializer, an assignment, by value to a helper,
 * or a pointer to the copy's member handed on, writes what the parameter
 * reaches: the parameter is taken as INOUT, the calls keep their order. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct { int n; int *px DELAYED_N(n); } Image;

static Image *image_new(int n, int s) {
    Image *im = malloc(sizeof *im);
    if (!im) exit(1);
    im->n = n;
    im->px = malloc(n * sizeof(int));
    if (!im->px) exit(1);
    for (int i = 0; i < n; i++) im->px[i] = (i * s) % 97;
    return im;
}

static void bump_value(Image c, int by) { c.px[1] += by; }
static void bump_pp(int **pp) { (*pp)[2] += 1; }

static long tail(const Image *im, int k) {
    long s = 0;
    for (int i = 0; i < im->n; i++) s += im->px[i];
    return s + k;
}

DELAYED long copied(const Image *im, int k) {
    Image c = *im;
    long s = 0;
    for (int r = 0; r < 200; r++) { c.px[0] += 1; s += c.px[0]; }
    return s + tail(im, k);
}
DELAYED long assigned(const Image *im, int k) {
    Image c;
    c = *im;
    long s = 0;
    for (int r = 0; r < 200; r++) { c.px[0] += 2; s += c.px[0]; }
    return s + tail(im, k);
}
DELAYED long in_array(const Image *im, int k) {
    Image arr[1] = {*im};
    long s = 0;
    for (int r = 0; r < 200; r++) { arr[0].px[0] += 1; s += arr[0].px[0]; }
    return s + tail(im, k);
}
DELAYED long in_struct(const Image *im, int k) {
    struct { Image img; int tag; } w = {*im, 3};
    long s = 0;
    for (int r = 0; r < 200; r++) { w.img.px[0] += w.tag; s += w.img.px[0]; }
    return s + tail(im, k);
}
DELAYED long by_value(const Image *im, int k) {
    long s = 0;
    for (int r = 0; r < 200; r++) { bump_value(*im, 1); s += im->px[1]; }
    return s + tail(im, k);
}
DELAYED long member_address(const Image *im, int k) {
    Image c = *im;
    long s = 0;
    for (int r = 0; r < 200; r++) { bump_pp(&c.px); s += c.px[2]; }
    return s + tail(im, k);
}

int main(void) {
    Image *a = image_new(500, 3), *b = image_new(500, 5), *c = image_new(500, 7);
    Image *d = image_new(500, 11), *e = image_new(500, 13), *f = image_new(500, 17);
    long r[6][6];
    for (int k = 0; k < 6; k++) {
        r[0][k] = copied(a, k);
        r[1][k] = assigned(b, k);
        r[2][k] = in_array(c, k);
        r[3][k] = in_struct(d, k);
        r[4][k] = by_value(e, k);
        r[5][k] = member_address(f, k);
    }
    for (int j = 0; j < 6; j++) {
        long t = 0;
        for (int k = 0; k < 6; k++) t += r[j][k] * (k + 1);
        printf("%d %ld\n", j, t);
    }
    printf("%d %d %d %d %d %d\n", a->px[0], b->px[0], c->px[0], d->px[0], e->px[1], f->px[2]);
    return 0;
}
