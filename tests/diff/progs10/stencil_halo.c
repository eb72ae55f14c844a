/* stencil_halo.c — 1-D heat equation over chunk buffers with wide halos exchanged through small edge buffers, checked against a plain serial sweep */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "delayed.h"

#define P 6        /* chunks */
#define M 120000   /* interior cells per chunk */
#define G 8        /* halo width = sweeps per exchange */
#define OUTER 6    /* exchanges */
#define W (M + 2 * G)

static inline double update(double l, double c, double r) { return c + 0.25 * (l - 2.0 * c + r); }

/* Copy the chunk's first G and last G interior cells into its edge buffer. */
DELAYED void extract_edges(DELAYED_IN_N(m + 2 * g) const double *cur, DELAYED_OUT_N(2 * g) double *edge,
                           int m, int g) {
  for (int k = 0; k < g; k++) {
    edge[k] = cur[g + k];
    edge[g + k] = cur[m + k];
  }
}

/* G sweeps on one chunk, ghosts taken from the neighbours' edge buffers. */
DELAYED void sweep_chunk(DELAYED_IN_N(m + 2 * g) const double *cur, DELAYED_IN_N(2 * g) const double *left,
                         DELAYED_IN_N(2 * g) const double *right, DELAYED_OUT_N(m + 2 * g) double *nxt,
                         int m, int g, int left_wall, int right_wall) {
  int w = m + 2 * g;
  double *a = malloc((size_t)w * sizeof *a), *b = malloc((size_t)w * sizeof *b);
  if (!a || !b) exit(3);
  memcpy(a, cur, (size_t)w * sizeof *a);
  for (int k = 0; k < g; k++) {
    a[k] = left[g + k];        /* left neighbour's last g interior cells */
    a[m + g + k] = right[k];   /* right neighbour's first g interior cells */
  }
  for (int s = 1; s <= g; s++) {
    for (int i = s; i < w - s; i++) b[i] = update(a[i - 1], a[i], a[i + 1]);
    for (int k = 0; k < g; k++) { /* outside the domain the temperature stays 0 */
      if (left_wall) b[k] = 0.0;
      if (right_wall) b[m + g + k] = 0.0;
    }
    double *t = a; a = b; b = t;
  }
  for (int i = 0; i < w; i++) nxt[i] = (i >= g && i < m + g) ? a[i] : 0.0;
  free(a);
  free(b);
}

int main(void) {
  double *cur[P], *nxt[P], *edge[P];
  static double zero_edge[2 * G];
  for (int p = 0; p < P; p++) {
    cur[p] = calloc(W, sizeof(double));
    nxt[p] = calloc(W, sizeof(double));
    edge[p] = calloc(2 * G, sizeof(double));
    if (!cur[p] || !nxt[p] || !edge[p]) return 1;
  }
  /* initial condition: a few hot spots */
  double *ref = calloc((size_t)P * M + 2, sizeof(double));
  double *ref2 = calloc((size_t)P * M + 2, sizeof(double));
  if (!ref || !ref2) return 1;
  for (long i = 0; i < (long)P * M; i++) {
    double v = (i % 9973 == 0) ? 100.0 : ((i / 5000) % 2 ? 1.0 : 0.0);
    cur[i / M][G + i % M] = v;
    ref[i + 1] = v;
  }

  for (int it = 0; it < OUTER; it++) {
    for (int p = 0; p < P; p++) extract_edges(cur[p], edge[p], M, G);
    for (int p = 0; p < P; p++)
      sweep_chunk(cur[p], p > 0 ? edge[p - 1] : zero_edge, p < P - 1 ? edge[p + 1] : zero_edge, nxt[p], M, G,
                  p == 0, p == P - 1);
    for (int p = 0; p < P; p++) {
      double *t = cur[p];
      cur[p] = nxt[p];
      nxt[p] = t;
    }
  }

  /* reference: the same sweeps on one global array with zero boundaries */
  for (int s = 0; s < OUTER * G; s++) {
    for (long i = 1; i <= (long)P * M; i++) ref2[i] = update(ref[i - 1], ref[i], ref[i + 1]);
    double *t = ref; ref = ref2; ref2 = t;
  }

  double total = 0.0, maxdiff = 0.0;
  for (int p = 0; p < P; p++) {
    double cs = 0.0;
    for (int i = 0; i < M; i++) {
      double v = cur[p][G + i];
      cs += v;
      double d = v - ref[1 + (long)p * M + i];
      if (d < 0) d = -d;
      if (d > maxdiff) maxdiff = d;
    }
    total += cs;
    printf("chunk %d: heat=%.9f first=%.9f last=%.9f\n", p, cs, cur[p][G], cur[p][G + M - 1]);
  }
  printf("total heat=%.9f after %d sweeps, max diff vs reference=%g\n", total, OUTER * G, maxdiff);
  for (int p = 0; p < P; p++) {
    free(cur[p]);
    free(nxt[p]);
    free(edge[p]);
  }
  free(ref);
  free(ref2);
  return 0;
}
