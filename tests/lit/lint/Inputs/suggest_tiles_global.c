/* Legacy tile statistics: an image in a global pointer from malloc, a
 * histogram per tile handed to a helper, and a generator state per tile
 * stepped through two helpers. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#define W 2048
#define H 2048
#define TS 256
#define TX (W / TS)
#define NTILES ((W / TS) * (H / TS))
#define NBINS 64

typedef struct { unsigned int hist[NBINS]; double mean; int peak; double noise; } TileStats;

static unsigned char *img;
static TileStats stats[NTILES];
static uint64_t state[NTILES];

static uint64_t step(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *s = x;
    return x;
}

static double uni(uint64_t *s) { return (step(s) >> 11) * 0x1.0p-53; }

static int peak_bin(const unsigned int *h)
{
    unsigned int best = 0;
    int at = 0;
    for (int r = 0; r < 40; r++)
        for (int k = 1; k < NBINS; k++)
            if (h[k] + (unsigned)(r & 1) > best) { best = h[k]; at = k; }
    return at;
}

int main(void)
{
    img = malloc((size_t)W * H);
    if (img == NULL) return 1;
    for (int i = 0; i < W * H; i++) img[i] = (unsigned char)((i * 7919u) >> 3);
    for (int t = 0; t < NTILES; t++) state[t] = 0x9E3779B97F4A7C15ULL * (uint64_t)(t + 1);
    for (int t = 0; t < NTILES; t++) {
        int tx = t % TX, ty = t / TX;
        double s = 0, noise = 0;
        for (int k = 0; k < NBINS; k++) stats[t].hist[k] = 0;
        for (int y = ty * TS; y < (ty + 1) * TS; y++)
            for (int x = tx * TS; x < (tx + 1) * TS; x++) {
                unsigned char v = img[y * W + x];
                stats[t].hist[v % NBINS]++;
                s += v;
                noise += uni(&state[t]);
            }
        stats[t].mean = s / (TS * TS);
        stats[t].noise = noise;
        stats[t].peak = peak_bin(stats[t].hist);
    }
    double m = 0, n = 0;
    long pk = 0;
    for (int t = 0; t < NTILES; t++) { m += stats[t].mean; n += stats[t].noise; pk += stats[t].peak; }
    printf("%.6f %.6f %ld\n", m, n, pk);
    free(img);
    return 0;
}
