/* Tile loops (blind round 45a p10): `for (ty = 0; ty < H; ty += T)` whose
 * body works on rows [ty, ty + T) through an inner `for (y = ty; y < ty + T
 * && y < H; y++)`.  The unit an engineer picks is the loop over ty (a band
 * of rows each); suggest proposed the loop over y inside each tile instead,
 * whose calls each claimed a whole row but wrote 64 of its pixels: the
 * tiles of a band waited for each other, five times slower than serial.  A
 * signal processed in windows of 1000 (`b += 1000`) is the same in 1-D. */
#include <stdio.h>

#define W 700
#define H 530
#define T 64

static float img[H][W], out[H][W];
static double sig[100000], res[100000];

static float shade(int y, int x) {
  float v = 0;
  for (int k = 0; k < 200; k++) v += (float)((x * k + y) % 17) * 0.01f;
  return v;
}

int main(void) {
  int ty, tx, y, x, i, b;
  for (y = 0; y < H; y++)
    for (x = 0; x < W; x++) img[y][x] = (float)((x * 3 + y * 7) % 23);
  for (ty = 0; ty < H; ty += T)
    for (tx = 0; tx < W; tx += T)
      for (y = ty; y < ty + T && y < H; y++)
        for (x = tx; x < tx + T && x < W; x++)
          out[y][x] = img[y][x] * 0.5f + shade(y, x);
  for (i = 0; i < 100000; i++) sig[i] = (i % 97) * 0.25;
  for (b = 0; b < 100000; b += 1000) {
    int j;
    for (j = b; j < b + 1000; j++) {
      double s = 0;
      for (int k = 0; k < 200; k++) s += sig[j] * k * 1e-3;
      res[j] = s;
    }
  }
  double t = 0;
  for (y = 0; y < H; y += 7)
    for (x = 0; x < W; x += 3) t += out[y][x];
  for (i = 0; i < 100000; i += 13) t += res[i];
  printf("%.4f\n", t);
  return 0;
}
