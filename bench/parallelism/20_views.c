/* ideal-4: 4.00 */
/* Views: sub-ranges of one array described by a struct {pointer, length};
 * 16 overlapping windows read (25 ms each), each result written to its own slot.
 *   work: 16*25 = 400 ms; the windows only read the shared array: 16 unit tasks =
 *   4 rounds = 100 ms; ideal = 4.00 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

#define N 4096
#define NWIN 16
#define WIN 512

typedef struct {
  const double *p;
  int n;
} View;

static View slice(const double *a, int start, int len) {
  View v = {a + start, len};
  return v;
}

DELAYED double window_range(View v) {
  work_ms(25);
  double lo = v.p[0], hi = v.p[0];
  for (int i = 1; i < v.n; i++) {
    if (v.p[i] < lo) lo = v.p[i];
    if (v.p[i] > hi) hi = v.p[i];
  }
  return hi - lo;
}

int main(void) {
  double *a = malloc(N * sizeof *a);
  if (!a) return 1;
  for (int i = 0; i < N; i++) a[i] = (double)((i * 37) % 1009) / 7.0;

  double range[NWIN];
  int step = (N - WIN) / (NWIN - 1);
  for (int w = 0; w < NWIN; w++)
    range[w] = window_range(slice(a, w * step, WIN));

  for (int w = 0; w < NWIN; w++) printf("window %2d: %.4f\n", w, range[w]);
  free(a);
  return 0;
}
