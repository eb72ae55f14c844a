/* ideal-4: 4.00 */
/* Two phases with a global value between them: the maximum of each chunk (12 tasks,
 * 20 ms), the global maximum taken serially, then each chunk scaled in place by it
 * (12 tasks, 20 ms).
 *   work: 24*20 = 480 ms; phase 1 in 3 rounds (60), phase 2 in 3 rounds (60) =
 *   120 ms = work / 4; ideal = 4.00 */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#include "work.h"

#define NCH 12
#define CLEN 2000

DELAYED double chunk_max(DELAYED_IN_N(n) const double *x, int n) {
  work_ms(20);
  double m = x[0];
  for (int i = 1; i < n; i++)
    if (x[i] > m) m = x[i];
  return m;
}

DELAYED void scale(DELAYED_INOUT_N(n) double *restrict x, int n, double by) {
  work_ms(20);
  for (int i = 0; i < n; i++) x[i] /= by;
}

int main(void) {
  double *x = malloc(NCH * CLEN * sizeof *x);
  if (!x) return 1;
  for (int i = 0; i < NCH * CLEN; i++) x[i] = (double)((i * 7919) % 10007);

  double cmax[NCH];
  for (int c = 0; c < NCH; c++)
    cmax[c] = chunk_max(x + c * CLEN, CLEN);

  double gmax = cmax[0];
  for (int c = 1; c < NCH; c++)
    if (cmax[c] > gmax) gmax = cmax[c];

  for (int c = 0; c < NCH; c++)
    scale(x + c * CLEN, CLEN, gmax);

  double s = 0.0;
  for (int i = 0; i < NCH * CLEN; i++) s += x[i];
  printf("max = %.1f normalised sum = %.6f\n", gmax, s);
  free(x);
  return 0;
}
