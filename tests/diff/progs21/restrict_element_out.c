/* A bare DELAYED_OUT (one element) given `out + i` of a restrict parameter:
 * element i, as `&out[i]` is (blind round 41: serial, "cannot prove"). */
#include <stdio.h>
#include "delayed.h"
DELAYED void one(DELAYED_IN_N(cols) const double *row, int cols, DELAYED_OUT double *restrict out) {
  double s = 0;
  for (int j = 0; j < cols; j++) s += row[j];
  *out = s;
}
static void run(int rows, int cols, const double *m, double *restrict out) {
  for (int i = 0; i < rows; i++) one(m + i * cols, cols, out + i);
}
int main(void) {
  static double m[64 * 128], out[64];
  for (int i = 0; i < 64 * 128; i++) m[i] = i % 7;
  run(64, 128, m, out);
  printf("%g\n", out[5]);
  return 0;
}
