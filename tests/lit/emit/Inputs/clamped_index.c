/* Stencils whose index is clamped into the row: by a conditional
 * expression, by two ifs, and (wrong) clamped to one past the end. */
#include <stdio.h>
#include "delayed.h"

#define W 64
#define H 16
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define CLAMP(v, lo, hi) MIN(MAX((v), (lo)), (hi))

DELAYED static void smooth_row(DELAYED_IN_N(w) const double *in, DELAYED_OUT_N(w) double *out, int w)
{
    for (int x = 0; x < w; x++) {
        double s = 0;
        for (int k = -3; k <= 3; k++) {
            int j = x + k < 0 ? 0 : x + k >= w ? w - 1 : x + k;
            s += in[j] / 7.0;
        }
        out[x] = s;
    }
}

DELAYED static void blur_row(DELAYED_IN_N(w) const double *in, DELAYED_OUT_N(w) double *out, int w)
{
    for (int x = 0; x < w; x++) {
        double s = 0;
        for (int k = -2; k <= 2; k++) {
            int j = x + k;
            if (j < 0)
                j = 0;
            if (j >= w)
                j = w - 1;
            s += in[j] * 0.2;
        }
        out[x] = s;
    }
}

DELAYED static void macro_row(DELAYED_IN_N(w) const double *in, DELAYED_OUT_N(w) double *out, int w)
{
    for (int x = 0; x < w; x++) {
        double s = 0;
        for (int k = -2; k <= 2; k++) {
            int j = CLAMP(x + k, 0, w - 1);
            s += in[j] * 0.2;
        }
        out[x] = s;
    }
}

DELAYED static void past_row(DELAYED_IN_N(w) const double *in, DELAYED_OUT_N(w) double *out, int w)
{
    for (int x = 0; x < w; x++) {
        int j = x + 1 > w ? w : x + 1;
        out[x] = in[j] - in[x];
    }
}

static double img[H][W], a[H][W], b[H][W], c[H][W], d[H][W];

int main(int argc, char **argv)
{
    (void)argv;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            img[y][x] = (double)((x * 31 + y * 17) % 101);
    for (int y = 0; y < H; y++) {
        smooth_row(img[y], a[y], W);
        blur_row(a[y], b[y], W);
        macro_row(b[y], d[y], W);
    }
    double s = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            s += b[y][x] + d[y][x];
    printf("%.6f\n", s);
    if (argc > 1) {               /* reads in[w] for the last x */
        for (int y = 0; y < H; y++)
            past_row(b[y], c[y], W);
        printf("%.6f\n", c[0][0]);
    }
    return 0;
}
