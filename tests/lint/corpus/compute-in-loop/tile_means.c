/* tile_means.c — mean brightness of 8 image tiles.  The first loop adds each
 * tile's mean to a running total as soon as it is spawned: the read of the
 * pending result waits inside the loop, so the tiles run one after another.
 * The second loop stores the results and a separate loop (which spawns nothing)
 * adds them up after all tasks are spawned. */
#include <stdio.h>
#include "delayed.h"

#define TILE 512
#define NT 8

DELAYED double tile_mean(DELAYED_IN_N(TILE * TILE) const float *px)
{
    double s = 0.0;
    for (int i = 0; i < TILE * TILE; i++)
        s += px[i];
    return s / (TILE * TILE);
}

int main(void)
{
    static float img[NT * TILE * TILE];
    for (int i = 0; i < NT * TILE * TILE; i++)
        img[i] = (float)((i * 13) % 255);

    double total = 0.0;
    for (int t = 0; t < NT; t++) {
        double m = tile_mean(img + t * TILE * TILE);
        total += m; // expect: delayed-compute-in-loop
    }

    double means[NT];
    for (int t = 0; t < NT; t++)
        means[t] = tile_mean(img + t * TILE * TILE);
    double total2 = 0.0;
    for (int t = 0; t < NT; t++)
        total2 += means[t];

    printf("%.3f %.3f\n", total / NT, total2 / NT);
    return 0;
}
