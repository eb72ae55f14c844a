/* Objects made by constructors, their pointer members saying no count:
 * suggest reads the count from the allocation (`im->px = malloc((size_t)w *
 * h * sizeof(float))` after `im->w = w; im->h = h;`), and --fix says it once
 * where the struct declares the member, for the three functions proposed on
 * it (blind 67a).  No count where a member points into another block
 * (`v->x = pool + off`), where two allocations give two counts, or where the
 * count is a value the struct does not keep. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NIMG 6

typedef struct {
    int w, h;
    float *px;
} Image;

typedef struct { int n; double *x; } View;      /* points into a pool */
typedef struct { int n; double *x; } Grown;     /* n, then n + 1 elements */
typedef struct { int n; double *x; } Loose;     /* a count it does not keep */

static Image *image_new(int w, int h, unsigned seed) {
    Image *im = malloc(sizeof *im);
    if (!im) exit(2);
    im->w = w;
    im->h = h;
    im->px = malloc((size_t)w * h * sizeof(float));
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

static void blur(Image *im, int passes) {
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

static void brighten(Image *im, float by) {
    for (int r = 0; r < 40; r++)
        for (int i = 0; i < im->w * im->h; i++) im->px[i] = im->px[i] * 0.5f + by;
}

static double mean(const Image *im) {
    double s = 0;
    for (int i = 0; i < im->w * im->h; i++) s += im->px[i];
    return s / (im->w * im->h);
}

static void scale_view(View *v, double k) {
    for (int r = 0; r < 2000; r++)
        for (int i = 0; i < v->n; i++) v->x[i] = v->x[i] * k + 1.0;
}

static void scale_grown(Grown *g, double k) {
    for (int r = 0; r < 2000; r++)
        for (int i = 0; i < g->n; i++) g->x[i] = g->x[i] * k + 1.0;
}

static void scale_loose(Loose *l, double k) {
    for (int r = 0; r < 2000; r++)
        for (int i = 0; i < l->n; i++) l->x[i] = l->x[i] * k + 1.0;
}

int main(void) {
    Image *imgs[NIMG];
    double m[NIMG];
    double *pool = calloc(4 * 64, sizeof *pool);
    View v[4];
    Grown g[4];
    Loose l[4];
    if (!pool) return 1;
    for (int i = 0; i < NIMG; i++) {
        imgs[i] = image_new(120 + 4 * i, 100, 17u * i + 1);
        brighten(imgs[i], 1.0f + i);
    }
    for (int i = 0; i < NIMG; i++) {
        blur(imgs[i], 6);
        m[i] = mean(imgs[i]);
    }
    for (int k = 0; k < 4; k++) {
        int cap = 64;
        v[k].n = 64;
        v[k].x = pool + 64 * k;
        g[k].n = 60;
        g[k].x = k ? malloc(60 * sizeof(double)) : malloc(61 * sizeof(double));
        l[k].n = 50;
        l[k].x = malloc(cap * sizeof(double));
        if (!g[k].x || !l[k].x) return 1;
        for (int i = 0; i < 50; i++) g[k].x[i] = l[k].x[i] = i + k;
        for (int i = 50; i < 60; i++) g[k].x[i] = i;
    }
    for (int k = 0; k < 4; k++) scale_view(&v[k], 0.5);
    for (int k = 0; k < 4; k++) scale_grown(&g[k], 0.25);
    for (int k = 0; k < 4; k++) scale_loose(&l[k], 0.75);
    for (int i = 0; i < NIMG; i++) printf("%d %.5f %.3f\n", i, m[i], imgs[i]->px[0]);
    for (int k = 0; k < 4; k++) printf("%.4f %.4f %.4f\n", v[k].x[3], g[k].x[3], l[k].x[3]);
    for (int i = 0; i < NIMG; i++) image_free(imgs[i]);
    for (int k = 0; k < 4; k++) { free(g[k].x); free(l[k].x); }
    free(pool);
    return 0;
}
