/* map_reduce.c — map a costly per-chunk statistic over chunks of one array, then reduce the partials in main */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define N (1 << 16)
#define CHUNK 4096
#define NCHUNK (N / CHUNK)
#define REPS 150

typedef struct {
  double sum;
  double sumsq;
  double maxv;
  int count;
} Partial;

/* One chunk's moments, averaged over REPS slightly rescaled passes (a stand-in
 * for an expensive per-element feature). */
DELAYED Partial chunk_stats(DELAYED_IN_N(n) const double *x, int n, int reps) {
  Partial p = {0.0, 0.0, -1e300, n};
  for (int r = 0; r < reps; r++) {
    double s = 0.0, s2 = 0.0, scale = 1.0 + r * 1e-3;
    for (int i = 0; i < n; i++) {
      double v = x[i] * scale;
      s += v;
      s2 += v * v;
      if (v > p.maxv) p.maxv = v;
    }
    p.sum += s / reps;
    p.sumsq += s2 / reps;
  }
  return p;
}

int main(void) {
  double *data = malloc(N * sizeof *data);
  if (!data) return 1;
  unsigned long long s = 12345;
  for (int i = 0; i < N; i++) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    data[i] = (double)(s >> 11) / 9007199254740992.0 * 10.0 - 3.0;
  }

  Partial parts[NCHUNK];
  for (int c = 0; c < NCHUNK; c++)
    parts[c] = chunk_stats(data + c * CHUNK, CHUNK, REPS);

  double sum = 0.0, sumsq = 0.0, maxv = -1e300;
  long count = 0;
  for (int c = 0; c < NCHUNK; c++) {
    sum += parts[c].sum;
    sumsq += parts[c].sumsq;
    if (parts[c].maxv > maxv) maxv = parts[c].maxv;
    count += parts[c].count;
  }
  double mean = sum / count;
  printf("chunks=%d count=%ld\n", NCHUNK, count);
  printf("mean=%.9f meansq=%.9f max=%.9f\n", mean, sumsq / count, maxv);
  for (int c = 0; c < NCHUNK; c += 5)
    printf("chunk %2d: sum=%.6f\n", c, parts[c].sum);
  free(data);
  return 0;
}
