/* kmeans.c — k-means on 2-D points: per-chunk partial sums in tasks (DELAYED_OUT_N), merge and stopping test in ordinary code, loop */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define NPTS 240000
#define NCH 8
#define CH (NPTS / NCH)
#define K 5
#define STRIDE (3 * K) /* per cluster: sum x, sum y, count */
#define MAXIT 30

/* Assign each point of a chunk to its nearest centroid; accumulate sums. */
DELAYED long assign_chunk(DELAYED_IN_N(2 * n) const double *pts, int n, DELAYED_IN_N(2 * k) const double *cent, int k,
                          DELAYED_OUT_N(3 * k) double *part, DELAYED_INOUT_N(n) int *label) {
  long changed = 0;
  for (int c = 0; c < 3 * k; c++) part[c] = 0.0;
  for (int i = 0; i < n; i++) {
    double px = pts[2 * i], py = pts[2 * i + 1];
    int best = 0;
    double bd = 1e300;
    for (int c = 0; c < k; c++) {
      double dx = px - cent[2 * c], dy = py - cent[2 * c + 1];
      double d = dx * dx + dy * dy;
      if (d < bd) {
        bd = d;
        best = c;
      }
    }
    if (label[i] != best) changed++;
    label[i] = best;
    part[3 * best] += px;
    part[3 * best + 1] += py;
    part[3 * best + 2] += 1.0;
  }
  return changed;
}

int main(void) {
  double *pts = malloc(2 * NPTS * sizeof *pts);
  int *label = malloc(NPTS * sizeof *label);
  double part[NCH * STRIDE], cent[2 * K];
  long changed[NCH];
  if (!pts || !label) return 1;
  unsigned long long s = 42;
  const double cx[K] = {0.0, 5.0, -4.0, 3.0, -1.0}, cy[K] = {0.0, 1.0, 3.0, -4.0, -5.0};
  for (int i = 0; i < NPTS; i++) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    double u = (double)(s >> 11) / 9007199254740992.0;
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    double v = (double)(s >> 11) / 9007199254740992.0;
    int g = i % K;
    pts[2 * i] = cx[g] + 3.0 * (u - 0.5) * (1.0 + v);
    pts[2 * i + 1] = cy[g] + 3.0 * (v - 0.5) * (1.0 + u);
    label[i] = -1;
  }
  for (int c = 0; c < K; c++) { /* first K points as seeds */
    cent[2 * c] = pts[2 * c * 7];
    cent[2 * c + 1] = pts[2 * c * 7 + 1];
  }

  int it;
  for (it = 1; it <= MAXIT; it++) {
    for (int h = 0; h < NCH; h++)
      changed[h] = assign_chunk(pts + 2 * h * CH, CH, cent, K, part + h * STRIDE, label + h * CH);
    long moved = 0;
    for (int h = 0; h < NCH; h++) moved += changed[h];
    for (int c = 0; c < K; c++) {
      double sx = 0.0, sy = 0.0, cnt = 0.0;
      for (int h = 0; h < NCH; h++) {
        sx += part[h * STRIDE + 3 * c];
        sy += part[h * STRIDE + 3 * c + 1];
        cnt += part[h * STRIDE + 3 * c + 2];
      }
      if (cnt > 0) {
        cent[2 * c] = sx / cnt;
        cent[2 * c + 1] = sy / cnt;
      }
    }
    printf("iteration %2d: %ld points changed cluster\n", it, moved);
    if (moved == 0) break;
  }
  for (int c = 0; c < K; c++) printf("centroid %d: (%.6f, %.6f)\n", c, cent[2 * c], cent[2 * c + 1]);
  long counts[K] = {0};
  for (int i = 0; i < NPTS; i++) counts[label[i]]++;
  for (int c = 0; c < K; c++) printf("cluster %d: %ld points\n", c, counts[c]);
  free(pts);
  free(label);
  return 0;
}
