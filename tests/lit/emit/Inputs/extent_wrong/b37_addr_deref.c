/* A column walked through &(*p) (the code suggest once wrote, written
 * blind): DELAYED_INOUT names one element, the walk reaches w apart.  The
 * pointer made from &*p is p itself: its uses are checked as p's. */
#include <stdio.h>
#include "delayed.h"

#define W 64
#define H 32

DELAYED void column(DELAYED_INOUT float *top, int h, int w) {
  float *col = &(*top);
  for (int y = 1; y < h; y++) col[y * w] = 0.5f * col[y * w] + 0.5f * col[(y - 1) * w];
}

int main(void) {
  static float img[W * H];
  for (int i = 0; i < W * H; i++) img[i] = (float)(i % 17);
  for (int x = 0; x < W; x++) column(&img[x], H, W);
  double s = 0;
  for (int i = 0; i < W * H; i++) s += img[i];
  printf("%.2f\n", s);
  return 0;
}
