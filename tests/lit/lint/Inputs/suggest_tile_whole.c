/* Tiles of an image written by a function given the image whole and the
 * tile's coordinates (blind round 50a: the loops over tiles were said to work
 * "on the same data after the one before (a time step)"). */
#include <stdio.h>
#include <stdlib.h>

static int W = 1024, H = 1024;
#define TILE 128
#define NTX (1024 / TILE)
#define NTY (1024 / TILE)

typedef struct { float min, max; double mean; } TileStats;

static float *src, *dst;
static TileStats stats[NTX * NTY];

static void blur_tile(const float *src, float *dst, int tx, int ty, TileStats *st)
{
    int x, y, dx, dy, t = ty * NTX + tx;
    float mn = 1e30f, mx = -1e30f;
    double acc = 0;
    for (y = ty * TILE; y < (ty + 1) * TILE; y++)
        for (x = tx * TILE; x < (tx + 1) * TILE; x++) {
            float s = 0;
            int n = 0;
            for (dy = -2; dy <= 2; dy++)
                for (dx = -2; dx <= 2; dx++) {
                    int xx = x + dx, yy = y + dy;
                    if (xx < 0 || yy < 0 || xx >= W || yy >= H) continue;
                    s += src[yy * W + xx];
                    n++;
                }
            s /= n;
            dst[y * W + x] = s;
            if (s < mn) mn = s;
            if (s > mx) mx = s;
            acc += s;
        }
    (void)t;
    st->min = mn;
    st->max = mx;
    st->mean = acc / (TILE * TILE);
}

int main(void)
{
    int i, tx, ty, rep;
    double chk = 0;
    src = malloc(sizeof(float) * W * H);
    dst = malloc(sizeof(float) * W * H);
    for (i = 0; i < W * H; i++) src[i] = (float)(((unsigned)i * 7919u) % 256u);
    for (rep = 0; rep < 16; rep++)
        for (ty = 0; ty < NTY; ty++)
            for (tx = 0; tx < NTX; tx++)
                blur_tile(src, dst, tx, ty, &stats[ty * NTX + tx]);
    for (i = 0; i < NTX * NTY; i++)
        chk += stats[i].min + 2 * stats[i].max + 3 * stats[i].mean;
    for (i = 0; i < W * H; i += 97) chk += dst[i];
    printf("blur checksum %.6f\n", chk);
    free(src);
    free(dst);
    return 0;
}
