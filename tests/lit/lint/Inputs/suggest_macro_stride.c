/* Statistics of an image's tiles, the results in a flat array whose rows
 * are W / TILE tiles wide: stats[ty * (W / TILE) + tx]. */
#include <stdio.h>

#define W 512
#define H 256
#define TILE 64

typedef struct { long sum; int max; } tile_stats;

static unsigned char image[W * H];

int main(void)
{
    tile_stats stats[(W / TILE) * (H / TILE)];
    long total = 0;
    int tx, ty, i, x, y, pass;
    for (i = 0; i < W * H; i++) image[i] = (unsigned char)((i * 2654435761u) >> 24);
    for (ty = 0; ty < H / TILE; ty++)
        for (tx = 0; tx < W / TILE; tx++) {
            stats[ty * (W / TILE) + tx].sum = 0;
            stats[ty * (W / TILE) + tx].max = 0;
            for (pass = 0; pass < 40; pass++)
                for (y = ty * TILE; y < (ty + 1) * TILE; y++)
                    for (x = tx * TILE; x < (tx + 1) * TILE; x++) {
                        int v = image[y * W + x] ^ pass;
                        stats[ty * (W / TILE) + tx].sum += v;
                        if (v > stats[ty * (W / TILE) + tx].max) stats[ty * (W / TILE) + tx].max = v;
                    }
        }
    for (i = 0; i < (W / TILE) * (H / TILE); i++) total += stats[i].sum + stats[i].max;
    printf("%ld\n", total);
    return 0;
}
