/* a05_histogram.c — extents checked at compile time or when the program runs, right declarations, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define NB 16
#define NBLK 5
#define BS 400

/* per-block histogram: data-dependent bin index */
DELAYED int histo(DELAYED_IN_N(n) const unsigned *v, int n, DELAYED_OUT_N(NB) int *bins) {
  usleep(2000);
  for (int k = 0; k < NB; k++) bins[k] = 0;
  int maxbin = 0;
  for (int i = 0; i < n; i++) {
    int b = (int)(v[i] % NB);
    bins[b]++;
    if (bins[b] > bins[maxbin]) maxbin = b;
  }
  return maxbin;
}

int main(void) {
  unsigned *data = malloc(sizeof(unsigned) * NBLK * BS);
  int *bins = malloc(sizeof(int) * NBLK * NB);
  if (!data || !bins) return 1;
  unsigned s = 99u;
  for (int i = 0; i < NBLK * BS; i++) {
    s ^= s << 13; s ^= s >> 17; s ^= s << 5;
    data[i] = s % (NB * (1 + i % 5));
  }
  int top[NBLK];
  for (int b = 0; b < NBLK; b++)
    top[b] = histo(data + b * BS, BS, bins + b * NB);
  int total[NB] = {0};
  for (int b = 0; b < NBLK; b++)
    for (int k = 0; k < NB; k++) total[k] += bins[b * NB + k];
  for (int b = 0; b < NBLK; b++) printf("block %d top bin %d\n", b, top[b]);
  for (int k = 0; k < NB; k++) printf("%d%c", total[k], k == NB - 1 ? '\n' : ' ');
  free(data);
  free(bins);
  return 0;
}
