/* ideal-4: 3.65 */
/* Histograms: one per chunk (12 tasks, 25 ms each, each into its own row of
 * hist[NCH][NBINS]), then one merge task (10 ms).
 *   work: 12*25 + 10 = 310 ms; 3 rounds of chunks (75) + merge (10) = 85 ms;
 *   ideal = 310 / 85 = 3.65 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

#define NCH 12
#define CHUNK 4096
#define NBINS 16

DELAYED void histogram(DELAYED_IN_N(n) const int *data, int n,
                       DELAYED_OUT_N(NBINS) int *restrict bins) {
  work_ms(25);
  for (int b = 0; b < NBINS; b++) bins[b] = 0;
  for (int i = 0; i < n; i++) bins[data[i] % NBINS]++;
}

DELAYED void merge(DELAYED_IN_N(nch) const int (*hist)[NBINS], int nch,
                   DELAYED_OUT_N(NBINS) int *restrict total) {
  work_ms(10);
  for (int b = 0; b < NBINS; b++) {
    total[b] = 0;
    for (int c = 0; c < nch; c++) total[b] += hist[c][b];
  }
}

int main(void) {
  int *data = malloc(NCH * CHUNK * sizeof *data);
  if (!data) return 1;
  unsigned s = 7;
  for (int i = 0; i < NCH * CHUNK; i++) {
    s = s * 1664525u + 1013904223u;
    data[i] = (int)((s >> 8) % 1000);
  }

  int hist[NCH][NBINS];
  int total[NBINS];
  for (int c = 0; c < NCH; c++)
    histogram(data + c * CHUNK, CHUNK, hist[c]);
  merge(hist, NCH, total);

  for (int b = 0; b < NBINS; b++) printf("bin %2d: %d\n", b, total[b]);
  free(data);
  return 0;
}
