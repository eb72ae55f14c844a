/* ideal-4: 4.00 */
/* 1-D three-point stencil over 8 chunks for 4 time steps, two buffers swapped
 * after each step (ghost cells at both ends).  A chunk's task at step t (12 ms)
 * reads its own chunk and one cell of each neighbour written at step t-1.
 *   work: 4*8*12 = 384 ms; each step is 8 tasks = 2 rounds on 4 workers, so 4
 *   steps take 8 rounds = 96 ms = work / 4; ideal = 4.00 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

#define NCHUNKS 8
#define CLEN 500
#define STEPS 4

/* dst[i] = average of src[i], src[i + 1], src[i + 2]: src is the chunk with one
 * cell more on each side. */
DELAYED void smooth(DELAYED_IN_N(len + 2) const double *src,
                    DELAYED_OUT_N(len) double *restrict dst, int len) {
  work_ms(12);
  for (int i = 0; i < len; i++) dst[i] = (src[i] + src[i + 1] + src[i + 2]) / 3.0;
}

int main(void) {
  int n = NCHUNKS * CLEN;
  double *u = calloc((size_t)n + 2, sizeof(double));
  double *v = calloc((size_t)n + 2, sizeof(double));
  if (!u || !v) return 1;
  for (int i = 1; i <= n; i++) u[i] = (double)(i % 50 == 0 ? 100 : i % 7);

  for (int t = 0; t < STEPS; t++) {
    for (int c = 0; c < NCHUNKS; c++) {
      int lo = 1 + c * CLEN;
      smooth(u + lo - 1, v + lo, CLEN);
    }
    double *tmp = u;
    u = v;
    v = tmp;
  }

  double s = 0.0, m = 0.0;
  for (int i = 1; i <= n; i++) {
    s += u[i];
    if (u[i] > m) m = u[i];
  }
  printf("sum = %.6f max = %.6f\n", s, m);
  free(u);
  free(v);
  return 0;
}
