/*
 * image_filters.c - batch edge analysis of synthetic grey-scale images.
 *
 * For every image of the batch:
 *     8-bit -> linear float (lookup table)
 *     7-tap separable Gaussian blur
 *     Sobel gradient magnitude and orientation
 *     magnitude histogram, Otsu threshold, edge count
 *     magnitude-weighted orientation histogram
 * One summary line is printed per image, plus batch totals.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NUM_IMAGES
#define NUM_IMAGES   40
#endif
#ifndef IMG_SIZE
#define IMG_SIZE     448
#endif
#define MAX_SHAPES   24
#define MAG_BINS     64
#define ORI_BINS     16
#define KRADIUS      3
#define MAG_MAX      1.0f          /* magnitudes are clamped to this */

#define PI_F 3.14159265358979f
#define CLAMPI(v, lo, hi) ((v) < (lo) ? (lo) : ((v) > (hi) ? (hi) : (v)))
#define PIX(img, x, y) ((img)->data[(size_t)(y) * (size_t)(img)->w + (size_t)(x)])

typedef struct {
    int            w, h;
    unsigned char *data;
} Image8;

typedef struct {
    int    w, h;
    float *data;
} ImageF;

typedef struct {
    int   kind;                 /* 0 disc, 1 rectangle, 2 ring */
    float cx, cy, r1, r2;
    float level;
} Shape;

typedef struct {
    int   nshapes;
    Shape shapes[MAX_SHAPES];
    float bg_slope_x, bg_slope_y;
    uint32_t noise_seed;
} SceneDesc;

typedef struct {
    double   mean_mag;
    int      otsu_bin;
    long     edge_pixels;
    int      dominant_ori;
    uint32_t edge_hash;
} ImageResult;

/* Gaussian kernel, sigma ~ 1.2, normalised. */
static const float gauss7[2 * KRADIUS + 1] = {
    0.0366f, 0.1113f, 0.2167f, 0.2708f, 0.2167f, 0.1113f, 0.0366f,
};

/* sRGB decode table: filled once by init_tables(), read-only afterwards. */
static float srgb_lut[256];

/* Batch-wide orientation statistics, accumulated by analyse_image(). */
static double batch_orient[ORI_BINS];
static long   batch_edges;

static uint32_t rng_state = 2463534242u;

static uint32_t rng_u32(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static float rng_unit(void) { return (float)(rng_u32() >> 8) * (1.0f / 16777216.0f); }

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fprintf(stderr, "image_filters: out of memory (%zu bytes)\n", n);
        exit(EXIT_FAILURE);
    }
    return p;
}

static void init_tables(void)
{
    int i;
    for (i = 0; i < 256; i++) {
        double c = i / 255.0;
        srgb_lut[i] = (float)(c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4));
    }
}

static uint32_t hash2(uint32_t x, uint32_t y, uint32_t seed)
{
    uint32_t h = seed ^ (x * 0x8da6b343u) ^ (y * 0xd8163841u);
    h ^= h >> 15;
    h *= 0x2c1b3c6du;
    h ^= h >> 12;
    h *= 0x297a2d39u;
    h ^= h >> 15;
    return h;
}

/* ------------------------------------------------------------------ */
/* Synthetic input                                                     */
/* ------------------------------------------------------------------ */

static void describe_scene(SceneDesc *sd, int size)
{
    int i;
    sd->nshapes = 6 + (int)(rng_u32() % (MAX_SHAPES - 6));
    sd->bg_slope_x = (rng_unit() - 0.5f) * 0.3f;
    sd->bg_slope_y = (rng_unit() - 0.5f) * 0.3f;
    sd->noise_seed = rng_u32();
    for (i = 0; i < sd->nshapes; i++) {
        Shape *s = &sd->shapes[i];
        s->kind = (int)(rng_u32() % 3);
        s->cx = rng_unit() * size;
        s->cy = rng_unit() * size;
        s->r1 = 8.0f + rng_unit() * size * 0.2f;
        s->r2 = s->r1 * (0.3f + 0.5f * rng_unit());
        s->level = rng_unit();
    }
}

static void render_scene(const SceneDesc *sd, Image8 *img)
{
    int x, y, i;
    for (y = 0; y < img->h; y++) {
        for (x = 0; x < img->w; x++) {
            float v = 0.5f + sd->bg_slope_x * ((float)x / img->w - 0.5f)
                           + sd->bg_slope_y * ((float)y / img->h - 0.5f);
            for (i = 0; i < sd->nshapes; i++) {
                const Shape *s = &sd->shapes[i];
                float dx = x - s->cx, dy = y - s->cy, d2 = dx * dx + dy * dy;
                int inside = 0;
                if (s->kind == 0)
                    inside = d2 < s->r1 * s->r1;
                else if (s->kind == 1)
                    inside = fabsf(dx) < s->r1 && fabsf(dy) < s->r2;
                else
                    inside = d2 < s->r1 * s->r1 && d2 > s->r2 * s->r2;
                if (inside)
                    v = 0.6f * v + 0.4f * s->level;
            }
            v += ((float)(hash2((uint32_t)x, (uint32_t)y, sd->noise_seed) & 0xff) - 127.5f) * (0.08f / 255.0f);
            PIX(img, x, y) = (unsigned char)CLAMPI((int)(v * 255.0f + 0.5f), 0, 255);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Filters                                                             */
/* ------------------------------------------------------------------ */

static void to_linear(const Image8 *src, ImageF *dst)
{
    size_t i, n = (size_t)src->w * (size_t)src->h;
    for (i = 0; i < n; i++)
        dst->data[i] = srgb_lut[src->data[i]];
}

/* Separable blur; 'work' must hold w*h floats. Edges are clamped. */
static void gaussian_blur(const ImageF *src, ImageF *dst, float *work)
{
    int w = src->w, h = src->h, x, y, k;

    for (y = 0; y < h; y++) {
        const float *row = src->data + (size_t)y * w;
        for (x = 0; x < w; x++) {
            float acc = 0.0f;
            for (k = -KRADIUS; k <= KRADIUS; k++)
                acc += gauss7[k + KRADIUS] * row[CLAMPI(x + k, 0, w - 1)];
            work[(size_t)y * w + x] = acc;
        }
    }
    for (y = 0; y < h; y++) {
        for (x = 0; x < w; x++) {
            float acc = 0.0f;
            for (k = -KRADIUS; k <= KRADIUS; k++)
                acc += gauss7[k + KRADIUS] * work[(size_t)CLAMPI(y + k, 0, h - 1) * w + x];
            PIX(dst, x, y) = acc;
        }
    }
}

static void sobel(const ImageF *src, ImageF *mag, ImageF *ori)
{
    int w = src->w, h = src->h, x, y;

    for (y = 0; y < h; y++) {
        int ym = y > 0 ? y - 1 : 0, yp = y < h - 1 ? y + 1 : h - 1;
        for (x = 0; x < w; x++) {
            int xm = x > 0 ? x - 1 : 0, xp = x < w - 1 ? x + 1 : w - 1;
            float gx = PIX(src, xp, ym) + 2.0f * PIX(src, xp, y) + PIX(src, xp, yp)
                     - PIX(src, xm, ym) - 2.0f * PIX(src, xm, y) - PIX(src, xm, yp);
            float gy = PIX(src, xm, yp) + 2.0f * PIX(src, x, yp) + PIX(src, xp, yp)
                     - PIX(src, xm, ym) - 2.0f * PIX(src, x, ym) - PIX(src, xp, ym);
            float m = sqrtf(gx * gx + gy * gy);
            PIX(mag, x, y) = m > MAG_MAX ? MAG_MAX : m;
            PIX(ori, x, y) = atan2f(gy, gx);
        }
    }
}

static void magnitude_histogram(const ImageF *mag, long hist[MAG_BINS])
{
    size_t i, n = (size_t)mag->w * (size_t)mag->h;

    memset(hist, 0, MAG_BINS * sizeof hist[0]);
    for (i = 0; i < n; i++) {
        int b = (int)(mag->data[i] * (MAG_BINS / MAG_MAX));
        hist[CLAMPI(b, 0, MAG_BINS - 1)]++;
    }
}

/* Classic Otsu: maximise between-class variance over the histogram. */
static int otsu_threshold(const long hist[MAG_BINS], long total)
{
    double sum_all = 0.0, sum_b = 0.0, best = -1.0;
    long w_b = 0;
    int i, best_i = 0;

    for (i = 0; i < MAG_BINS; i++)
        sum_all += (double)i * hist[i];
    for (i = 0; i < MAG_BINS; i++) {
        long w_f;
        double m_b, m_f, between;
        w_b += hist[i];
        if (w_b == 0)
            continue;
        w_f = total - w_b;
        if (w_f == 0)
            break;
        sum_b += (double)i * hist[i];
        m_b = sum_b / w_b;
        m_f = (sum_all - sum_b) / w_f;
        between = (double)w_b * (double)w_f * (m_b - m_f) * (m_b - m_f);
        if (between > best) {
            best = between;
            best_i = i;
        }
    }
    return best_i;
}

static void analyse_image(const Image8 *img, ImageResult *res, float *work)
{
    int w = img->w, h = img->h;
    size_t n = (size_t)w * (size_t)h, i;
    ImageF lin = { w, h, NULL }, blur = { w, h, NULL }, mag = { w, h, NULL }, ori = { w, h, NULL };
    long hist[MAG_BINS];
    double ori_hist[ORI_BINS] = { 0 }, msum = 0.0;
    float thresh;
    uint32_t eh = 2166136261u;
    int b;

    lin.data = xmalloc(n * sizeof(float));
    blur.data = xmalloc(n * sizeof(float));
    mag.data = xmalloc(n * sizeof(float));
    ori.data = xmalloc(n * sizeof(float));

    to_linear(img, &lin);
    gaussian_blur(&lin, &blur, work);
    sobel(&blur, &mag, &ori);
    magnitude_histogram(&mag, hist);

    res->otsu_bin = otsu_threshold(hist, (long)n);
    thresh = (res->otsu_bin + 1) * (MAG_MAX / MAG_BINS);
    res->edge_pixels = 0;
    for (i = 0; i < n; i++) {
        float m = mag.data[i];
        msum += m;
        if (m >= thresh) {
            int ob = (int)((ori.data[i] + PI_F) * (ORI_BINS / (2.0f * PI_F)));
            ob = CLAMPI(ob, 0, ORI_BINS - 1);
            ori_hist[ob] += m;
            res->edge_pixels++;
            eh = (eh ^ (uint32_t)i) * 16777619u;
        }
    }
    res->mean_mag = msum / (double)n;
    res->edge_hash = eh;
    res->dominant_ori = 0;
    for (b = 0; b < ORI_BINS; b++) {
        if (ori_hist[b] > ori_hist[res->dominant_ori])
            res->dominant_ori = b;
        batch_orient[b] += ori_hist[b];
    }
    batch_edges += res->edge_pixels;

    free(ori.data);
    free(mag.data);
    free(blur.data);
    free(lin.data);
}

/* ------------------------------------------------------------------ */

int main(void)
{
    static SceneDesc scenes[NUM_IMAGES];
    Image8 images[NUM_IMAGES];
    ImageResult results[NUM_IMAGES];
    float *work;
    double total_mean = 0.0;
    int i, b;

    init_tables();

    for (i = 0; i < NUM_IMAGES; i++)
        describe_scene(&scenes[i], IMG_SIZE);

    for (i = 0; i < NUM_IMAGES; i++) {
        images[i].w = IMG_SIZE;
        images[i].h = IMG_SIZE;
        images[i].data = xmalloc((size_t)IMG_SIZE * IMG_SIZE);
        render_scene(&scenes[i], &images[i]);
    }

    work = xmalloc((size_t)IMG_SIZE * IMG_SIZE * sizeof(float));
    for (i = 0; i < NUM_IMAGES; i++)
        analyse_image(&images[i], &results[i], work);
    free(work);

    for (i = 0; i < NUM_IMAGES; i++) {
        printf("img %2d: shapes %2d mean %.6f otsu %2d edges %6ld ori %2d hash %08x\n",
               i, scenes[i].nshapes, results[i].mean_mag, results[i].otsu_bin,
               results[i].edge_pixels, results[i].dominant_ori, (unsigned)results[i].edge_hash);
        total_mean += results[i].mean_mag;
    }
    printf("batch: edges %ld, mean of means %.6f\n", batch_edges, total_mean / NUM_IMAGES);
    printf("orientation:");
    for (b = 0; b < ORI_BINS; b++)
        printf(" %.1f", batch_orient[b]);
    printf("\n");

    for (i = 0; i < NUM_IMAGES; i++)
        free(images[i].data);
    return 0;
}
