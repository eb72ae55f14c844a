/*
 * fractal_render.c - escape-time renderer for the Mandelbrot set and one
 * Julia set.
 *
 * Used as a regression fixture for the palette / histogram-equalisation
 * code of the old viewer: each view is rendered into the iteration buffer,
 * a histogram of escape counts is built, the palette is equalised against
 * the cumulative histogram and the colour image is checksummed.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef W
#define W 640
#endif
#ifndef H
#define H 400
#endif
#ifndef MAX_ITER
#define MAX_ITER 1000
#endif
#ifndef NBINS
#define NBINS 64
#endif

#if MAX_ITER > 65535
#error "MAX_ITER must fit in an unsigned short"
#endif

#define PALETTE_SIZE 256
#define ITER_AT(x, y) (iters[(y)][(x)])

enum { VIEW_MANDEL = 0, VIEW_JULIA = 1 };

typedef struct {
    const char *name;
    int         kind;
    double      cx, cy;      /* centre of the view            */
    double      span;        /* width of the view in the plane */
} View;

typedef struct {
    unsigned char r, g, b;
} RGB;

typedef struct {
    unsigned long interior;
    unsigned long escaped;
    unsigned long long iter_sum;
    unsigned      max_escape;
} IterStats;

static const View views[] = {
    { "mandel-seahorse", VIEW_MANDEL, -0.7453, 0.1127, 0.0300 },
    { "julia-dendrite",  VIEW_JULIA,   0.0000, 0.0000, 3.2000 },
};
#define NUM_VIEWS ((int)(sizeof views / sizeof views[0]))

static const double julia_re = -0.7269;
static const double julia_im =  0.1889;

/* Frame buffers. */
static unsigned short iters[H][W];
static RGB            pixels[H][W];

/* Histogram state, rebuilt for every view. */
static unsigned long hist[NBINS];
static unsigned long cdf[NBINS];
static RGB           palette[PALETTE_SIZE];

/* ------------------------------------------------------------------ */

static void die(const char *msg)
{
    fprintf(stderr, "fractal_render: %s\n", msg);
    exit(EXIT_FAILURE);
}

static void build_palette(void)
{
    int i;

    for (i = 0; i < PALETTE_SIZE; i++) {
        double t = (double)i / (PALETTE_SIZE - 1);
        double r = 9.0 * (1.0 - t) * t * t * t;
        double g = 15.0 * (1.0 - t) * (1.0 - t) * t * t;
        double b = 8.5 * (1.0 - t) * (1.0 - t) * (1.0 - t) * t;
        palette[i].r = (unsigned char)(r * 255.0 + 0.5);
        palette[i].g = (unsigned char)(g * 255.0 + 0.5);
        palette[i].b = (unsigned char)(b * 255.0 + 0.5);
    }
}

static unsigned escape_mandel(double cr, double ci, unsigned maxit)
{
    double zr = 0.0, zi = 0.0, zr2 = 0.0, zi2 = 0.0;
    unsigned n;

    for (n = 0; n < maxit; n++) {
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        zr2 = zr * zr;
        zi2 = zi * zi;
        if (zr2 + zi2 > 4.0)
            break;
    }
    return n;
}

static unsigned escape_julia(double zr, double zi, unsigned maxit)
{
    double zr2 = zr * zr, zi2 = zi * zi;
    unsigned n;

    for (n = 0; n < maxit; n++) {
        if (zr2 + zi2 > 4.0)
            break;
        zi = 2.0 * zr * zi + julia_im;
        zr = zr2 - zi2 + julia_re;
        zr2 = zr * zr;
        zi2 = zi * zi;
    }
    return n;
}

/*
 * Fill iters[][] for one view.  Every row only depends on the view
 * parameters; the iteration count is stored per pixel.
 */
static void render_view(const View *v)
{
    int x, y;
    double scale = v->span / W;
    double x0 = v->cx - 0.5 * v->span;
    double y0 = v->cy + 0.5 * scale * H;

    for (y = 0; y < H; y++) {
        double ci = y0 - y * scale;
        for (x = 0; x < W; x++) {
            double cr = x0 + x * scale;
            unsigned n;

            if (v->kind == VIEW_MANDEL)
                n = escape_mandel(cr, ci, MAX_ITER);
            else
                n = escape_julia(cr, ci, MAX_ITER);
            ITER_AT(x, y) = (unsigned short)n;
        }
    }
}

static void build_histogram(IterStats *st)
{
    int x, y;
    unsigned it;

    memset(hist, 0, sizeof hist);
    memset(st, 0, sizeof *st);

    for (y = 0; y < H; y++) {
        for (x = 0; x < W; x++) {
            it = ITER_AT(x, y);
            if (it >= MAX_ITER) {
                st->interior++;
                continue;
            }
            st->escaped++;
            st->iter_sum += it;
            if (it > st->max_escape)
                st->max_escape = it;
            hist[(unsigned long)it * NBINS / MAX_ITER]++;
        }
    }
}

/* Cumulative histogram; cdf[b] counts escaped pixels in bins 0..b. */
static void equalise(void)
{
    unsigned long run = 0;
    int b;

    for (b = 0; b < NBINS; b++) {
        run += hist[b];
        cdf[b] = run;
    }
}

static void colorize(unsigned long escaped)
{
    int x, y;
    RGB black = { 0, 0, 0 };

    for (y = 0; y < H; y++) {
        for (x = 0; x < W; x++) {
            unsigned it = ITER_AT(x, y);
            unsigned long idx;

            if (it >= MAX_ITER || escaped == 0) {
                pixels[y][x] = black;
                continue;
            }
            idx = cdf[(unsigned long)it * NBINS / MAX_ITER] * (PALETTE_SIZE - 1) / escaped;
            pixels[y][x] = palette[idx];
        }
    }
}

/* Adler-32 over the colour image, row by row. */
static uint32_t image_adler(void)
{
    uint32_t a = 1, b = 0;
    int x, y;

    for (y = 0; y < H; y++) {
        for (x = 0; x < W; x++) {
            a = (a + pixels[y][x].r) % 65521u;
            b = (b + a) % 65521u;
            a = (a + pixels[y][x].g) % 65521u;
            b = (b + a) % 65521u;
            a = (a + pixels[y][x].b) % 65521u;
            b = (b + a) % 65521u;
        }
    }
    return (b << 16) | a;
}

/* FNV-1a over the raw iteration counts. */
static uint32_t iter_hash(void)
{
    uint32_t h = 2166136261u;
    int x, y;

    for (y = 0; y < H; y++)
        for (x = 0; x < W; x++) {
            unsigned v = ITER_AT(x, y);
            h = (h ^ (v & 0xffu)) * 16777619u;
            h = (h ^ (v >> 8)) * 16777619u;
        }
    return h;
}

int main(void)
{
    IterStats st;
    int vi, b, busiest;

    if (W < 2 || H < 2 || NBINS < 1 || MAX_ITER < NBINS)
        die("bad image geometry");

    build_palette();

    for (vi = 0; vi < NUM_VIEWS; vi++) {
        const View *v = &views[vi];

        render_view(v);
        build_histogram(&st);
        equalise();
        colorize(st.escaped);

        busiest = 0;
        for (b = 1; b < NBINS; b++)
            if (hist[b] > hist[busiest])
                busiest = b;

        printf("view %s: %dx%d, max_iter %d\n", v->name, W, H, MAX_ITER);
        printf("  interior %lu escaped %lu max_escape %u\n",
               st.interior, st.escaped, st.max_escape);
        printf("  mean escape %.4f, busiest bin %d (%lu)\n",
               st.escaped ? (double)st.iter_sum / (double)st.escaped : 0.0,
               busiest, hist[busiest]);
        printf("  iter hash %08x image adler %08x\n",
               (unsigned)iter_hash(), (unsigned)image_adler());
    }
    return 0;
}
