/* kmeans_step.c — one k-means assignment step over 800,000 2-D points in 8
 * chunks: each task reads its chunk and the centroids (const, DELAYED_IN_N) and
 * writes its own partial sums (DELAYED_OUT_N); the new centroids are computed
 * after the loop.  A helper function spawns all chunks and returns after the
 * combine.  No finding. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define K 4
#define NPTS 800000
#define NCH 8
#define CH (NPTS / NCH)

DELAYED void assign(DELAYED_IN_N(2 * CH) const double *pts, DELAYED_IN_N(2 * K) const double *cent,
                    DELAYED_OUT_N(3 * K) double *part)
{
    for (int c = 0; c < 3 * K; c++)
        part[c] = 0.0;
    for (int i = 0; i < CH; i++) {
        double x = pts[2 * i], y = pts[2 * i + 1];
        int best = 0;
        double bd = 1e300;
        for (int c = 0; c < K; c++) {
            double dx = x - cent[2 * c], dy = y - cent[2 * c + 1], d = dx * dx + dy * dy;
            if (d < bd) {
                bd = d;
                best = c;
            }
        }
        part[3 * best] += x;
        part[3 * best + 1] += y;
        part[3 * best + 2] += 1.0;
    }
}

static void step(const double *restrict pts, double *restrict cent)
{
    double part[NCH][3 * K];
    for (int k = 0; k < NCH; k++)
        assign(pts + 2 * k * CH, cent, part[k]);
    for (int c = 0; c < K; c++) {
        double sx = 0.0, sy = 0.0, n = 0.0;
        for (int k = 0; k < NCH; k++) {
            sx += part[k][3 * c];
            sy += part[k][3 * c + 1];
            n += part[k][3 * c + 2];
        }
        if (n > 0.0) {
            cent[2 * c] = sx / n;
            cent[2 * c + 1] = sy / n;
        }
    }
}

int main(void)
{
    double *pts = malloc(sizeof(double) * 2 * NPTS);
    if (!pts)
        return 1;
    for (int i = 0; i < 2 * NPTS; i++)
        pts[i] = (double)((i * 7919) % 1000) / 100.0;
    double cent[2 * K] = { 1, 1, 3, 3, 6, 6, 9, 9 };
    step(pts, cent);
    printf("%.3f %.3f %.3f %.3f\n", cent[0], cent[1], cent[6], cent[7]);
    free(pts);
    return 0;
}
