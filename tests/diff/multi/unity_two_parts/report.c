/* unity_two_parts/report.c — area 5: second part; uses geom.c's DELAYED functions and
 * writes a report file with a DELAYED writer. */
#include <stdio.h>
#include "delayed.h"

DELAYED int write_report(const char *path, const long *d, int n) {
  FILE *f = fopen(path, "w");
  if (!f)
    return -1;
  for (int i = 0; i < n; i++)
    fprintf(f, "pair %d: %ld\n", i, d[i]);
  fclose(f);
  return n;
}

static long closest_pair(Pt *pts, int n, long *d) {
  long best = -1;
  for (int i = 0; i + 1 < n; i++)
    d[i] = dist2(pts[i], pts[i + 1]);
  for (int i = 0; i + 1 < n; i++)
    if (best < 0 || d[i] < best)
      best = d[i];
  return best;
}
