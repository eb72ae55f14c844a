/* Two image passes over flat arrays, as legacy code writes them: a 3x3
 * smoothing of the interior, dst[y * w + x], and a threshold written
 * through a pixel macro, PIX(out, x, y). */
#include <stdio.h>
#include <stdlib.h>

#define W 1024
#define H 64
#define PIX(img, x, y) img[(y) * W + (x)]

static void smooth(const float *src, float *dst, int w, int h) {
  for (int y = 1; y < h - 1; y++) {
    for (int x = 1; x < w - 1; x++) {
      float s = 0.0f;
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++) s += src[(y + dy) * w + (x + dx)] * (float)(2 - dx * dx - dy * dy);
      dst[y * w + x] = s / 10.0f;
    }
  }
}

/* a pass down the columns: each column's elements lie w apart, across every
 * row, so no iteration has a part of its own delayc can name */
static void columns(float *img, int w, int h) {
  for (int x = 0; x < w; x++) {
    float *col = &img[x];
    for (int r = 0; r < 40; r++)
      for (int y = 1; y < h; y++) col[y * w] = 0.5f * col[y * w] + 0.5f * col[(y - 1) * w] + 0.001f * (float)(x % 3);
  }
}

static void threshold(const float *in, unsigned char *out) {
  for (int y = 0; y < H; y++) {
    for (int x = 0; x < W; x++) {
      float v = 0.0f;
      for (int k = 0; k < 200; k++) v += in[y * W + x] * (float)(k % 3);
      PIX(out, x, y) = v > 40.0f ? 255 : 0;
    }
  }
}

int main(void) {
  float *a = calloc(W * H, sizeof *a), *b = calloc(W * H, sizeof *b);
  unsigned char *m = calloc(W * H, 1);
  if (!a || !b || !m) return 1;
  for (int i = 0; i < W * H; i++) a[i] = (float)((i * 37) % 101) / 50.0f;
  smooth(a, b, W, H);
  columns(b, W, H);
  threshold(b, m);
  long on = 0;
  double sum = 0;
  for (int i = 0; i < W * H; i++) { on += m[i] != 0; sum += b[i]; }
  printf("%ld %.3f\n", on, sum);
  free(a); free(b); free(m);
  return 0;
}
