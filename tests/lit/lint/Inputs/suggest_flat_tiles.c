/* Cache-blocked loops over a flat image through a pointer: tiles of BS rows
 * and BS columns, the last ones cut at the image's edge (`y < by + BS && y <
 * H`).  The unit is the loop over the block rows: each iteration writes rows
 * [by, by + BS) of the image, `DELAYED_OUT_RANGE(by * W, (by + BS) * W)`. */
#include <stdio.h>
#include <stdlib.h>

#define W 500
#define H 300
#define BS 64

static unsigned char *g_img;
static long g_dark;

static int shade(int x, int y) {
  double a = x * 0.004 - 1.2, b = y * 0.005 - 0.7, zr = 0, zi = 0;
  int n = 0;
  while (n < 120 && zr * zr + zi * zi < 4) {
    double t = zr * zr - zi * zi + a;
    zi = 2 * zr * zi + b;
    zr = t;
    n++;
  }
  return n;
}

int main(void) {
  int bx, by, x, y;
  g_img = malloc((size_t)W * H);
  for (by = 0; by < H; by += BS)
    for (bx = 0; bx < W; bx += BS)
      for (y = by; y < by + BS && y < H; y++)
        for (x = bx; x < bx + BS && x < W; x++) {
          int n = shade(x, y);
          g_img[(size_t)y * W + x] = (unsigned char)(n * 2);
          if (n < 3) g_dark++;
        }
  unsigned long sig = 0;
  for (size_t i = 0; i < (size_t)W * H; i += 7) sig = sig * 33 + g_img[i];
  printf("dark=%ld sig=%lu\n", g_dark, sig);
  free(g_img);
  return 0;
}
