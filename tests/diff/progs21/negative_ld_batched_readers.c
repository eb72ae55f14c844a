/* blind round 42, fixed: bottom-up image (negative ld): tasks paint bands, then a loop of small reads of windows
   that straddle two bands. The reads run in batches; with OpenMP they do not wait for the painters. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"
#define W 64
#define H 32

DELAYED void paint(DELAYED_OUT_2D(rows, cols, ld) double *img, int rows, int cols, int ld, double v) {
  double b = 0;
  for (long k = 0; k < 3000000; k++) b += (double)(k & 3);      /* slow before writing */
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) img[r * ld + c] = v + r + (b < 0);
}

DELAYED double img_sum(DELAYED_IN_2D(rows, cols, ld) const double *img, int rows, int cols, int ld) {
  double s = 0;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) s += img[r * ld + c];
  return s;
}

int main(void) {
  double *img = calloc(W * H, sizeof *img);
  double *bottom = img + (H - 1) * W;
  for (int t = 0; t < 4; t++) paint(bottom - t * 8 * W, 8, W, -W, t * 100.0);
  double q[3];
  for (int t = 0; t < 3; t++) q[t] = img_sum(bottom - (t * 8 + 4) * W, 8, W, -W);
  for (int t = 0; t < 3; t++) printf("q%d %.2f\n", t, q[t]);
  free(img);
  return 0;
}
