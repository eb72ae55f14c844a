/* kmeans_step.c — a few k-means iterations on 2-D points: one delayed
 * `assign` per chunk of points writes the chunk's labels (OUT_N) reading the
 * points (IN_N) and the current centroids (IN_N, a struct array), then ordinary
 * code recomputes the centroids from the labels; the final labels and centroids
 * are printed. */
#include <stdio.h>
#include "delayed.h"

#define NP 240
#define K 3
#define CH 6

struct pt { double x, y; };

DELAYED void assign(DELAYED_IN_N(n) const struct pt *p, int n, DELAYED_IN_N(K) const struct pt *cent, DELAYED_OUT_N(n) int *label)
{
    for (int i = 0; i < n; i++) {
        int best = 0;
        double bd = 1e300;
        for (int k = 0; k < K; k++) {
            double dx = p[i].x - cent[k].x, dy = p[i].y - cent[k].y;
            double d = dx * dx + dy * dy;
            if (d < bd) {
                bd = d;
                best = k;
            }
        }
        label[i] = best;
    }
}

int main(void)
{
    struct pt pts[NP], cent[K];
    int label[NP];
    unsigned s = 99;
    for (int i = 0; i < NP; i++) {
        s = s * 1103515245u + 12345u;
        double jx = ((s >> 16) % 1000) / 500.0 - 1;
        s = s * 1103515245u + 12345u;
        double jy = ((s >> 16) % 1000) / 500.0 - 1;
        int c = i % K;
        pts[i].x = c * 5 + jx;
        pts[i].y = (c == 1 ? 4 : 0) + jy;
    }
    for (int k = 0; k < K; k++)
        cent[k] = pts[k * 7];
    int per = NP / CH;
    for (int it = 0; it < 5; it++) {
        for (int c = 0; c < CH; c++)
            assign(pts + c * per, per, cent, label + c * per);
        double sx[K] = { 0 }, sy[K] = { 0 };
        int cnt[K] = { 0 };
        for (int i = 0; i < NP; i++) {
            sx[label[i]] += pts[i].x;
            sy[label[i]] += pts[i].y;
            cnt[label[i]]++;
        }
        for (int k = 0; k < K; k++)
            if (cnt[k]) {
                cent[k].x = sx[k] / cnt[k];
                cent[k].y = sy[k] / cnt[k];
            }
        printf("iter %d:", it);
        for (int k = 0; k < K; k++)
            printf(" (%.3f,%.3f)x%d", cent[k].x, cent[k].y, cnt[k]);
        printf("\n");
    }
    return 0;
}
