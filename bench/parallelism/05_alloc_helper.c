/* ideal-4: 4.00 */
/* A helper that returns newly malloc'd memory: make_series (20 ms) allocates and
 * fills a series, mean (10 ms) reads it; 12 series, independent of one another.
 *   work: 12*(20+10) = 360 ms; 12 chains of 30 ms, 3 per worker = 90 ms;
 *   ideal = 360 / 90 = 4.00 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

#define NS 12
#define LEN 5000

DELAYED double *make_series(int n, int seed) {
  work_ms(20);
  double *x = malloc((size_t)n * sizeof *x);
  if (!x) return NULL;
  unsigned s = (unsigned)seed * 2654435761u + 1u;
  for (int i = 0; i < n; i++) {
    s = s * 1103515245u + 12345u;
    x[i] = (double)((s >> 16) % 1000) / 100.0;
  }
  return x;
}

DELAYED double mean(DELAYED_IN_N(n) const double *x, int n) {
  work_ms(10);
  double s = 0.0;
  for (int i = 0; i < n; i++) s += x[i];
  return s / n;
}

int main(void) {
  double *series[NS];
  double means[NS];

  for (int i = 0; i < NS; i++) {
    series[i] = make_series(LEN, i);
    means[i] = mean(series[i], LEN);
  }

  for (int i = 0; i < NS; i++) {
    printf("series %2d: mean %.4f\n", i, means[i]);
    free(series[i]);
  }
  return 0;
}
