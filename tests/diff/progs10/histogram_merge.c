/* histogram_merge.c — histogram of a derived feature per chunk into one block of a shared bins array, then a merge task over all blocks */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N 200000
#define NCHUNK 10
#define CH (N / NCHUNK)
#define NBINS 32

/* Feature: where a logistic-map orbit started at x ends after 60 steps. */
static double feature(double x) {
  double r = 3.7 + 0.25 * x;
  double y = 0.1 + 0.8 * x;
  for (int k = 0; k < 60; k++) y = r * y * (1.0 - y);
  return y;
}

DELAYED void chunk_hist(DELAYED_IN_N(n) const double *x, int n, DELAYED_OUT_N(nbins) long *bins, int nbins) {
  for (int b = 0; b < nbins; b++) bins[b] = 0;
  for (int i = 0; i < n; i++) {
    double f = feature(x[i]);
    int b = (int)(f * nbins);
    if (b < 0) b = 0;
    if (b >= nbins) b = nbins - 1;
    bins[b]++;
  }
}

/* Merge the per-chunk histograms (reads the whole bins array at once). */
DELAYED void merge_hist(DELAYED_IN_N(nchunk * nbins) const long *all, int nchunk, int nbins,
                        DELAYED_OUT_N(nbins) long *total) {
  for (int b = 0; b < nbins; b++) {
    long s = 0;
    for (int c = 0; c < nchunk; c++) s += all[c * nbins + b];
    total[b] = s;
  }
}

int main(void) {
  double *x = malloc(N * sizeof *x);
  long *per_chunk = malloc(NCHUNK * NBINS * sizeof *per_chunk);
  long total[NBINS];
  if (!x || !per_chunk) return 1;
  for (int i = 0; i < N; i++) x[i] = (double)((i * 7919L) % N) / N;

  for (int c = 0; c < NCHUNK; c++) chunk_hist(x + c * CH, CH, per_chunk + c * NBINS, NBINS);
  merge_hist(per_chunk, NCHUNK, NBINS, total);

  long count = 0;
  for (int b = 0; b < NBINS; b++) {
    count += total[b];
    printf("bin %2d [%.4f,%.4f): %6ld ", b, (double)b / NBINS, (double)(b + 1) / NBINS, total[b]);
    for (long k = 0; k < total[b] / 1000; k++) putchar('#');
    putchar('\n');
  }
  printf("count=%ld, chunk 3 bin 31=%ld\n", count, per_chunk[3 * NBINS + 31]);
  free(x);
  free(per_chunk);
  return 0;
}
