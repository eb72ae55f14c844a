/* An image pipeline of four passes; the blur over rows holds most of the
 * work (blind round 51a: --max=1 kept the sharpen blocks, ranked by calls
 * capped at 64). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IW 1024
#define IH 768
#define PX(img, x, y, c) (img)[((size_t)(y) * IW + (x)) * 3 + (c)]

static unsigned char clamp255(int v) { return (unsigned char)(v < 0 ? 0 : v > 255 ? 255 : v); }

static void synth(unsigned char *img, int w, int h) {
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      for (int c = 0; c < 3; c++)
        img[(y * w + x) * 3 + c] = (unsigned char)((x * (c + 1) + y * (3 - c) + (x ^ y)) & 255);
}

/* 5x5 box blur, clamped edges */
static void blur(const unsigned char *src, unsigned char *dst, int w, int h) {
  for (int y = 0; y < h; y++) {
    for (int x = 0; x < w; x++) {
      int acc[3] = {0, 0, 0};
      for (int dy = -2; dy <= 2; dy++) {
        int yy = y + dy;
        if (yy < 0) yy = 0;
        if (yy >= h) yy = h - 1;
        for (int dx = -2; dx <= 2; dx++) {
          int xx = x + dx;
          if (xx < 0) xx = 0;
          if (xx >= w) xx = w - 1;
          for (int c = 0; c < 3; c++) acc[c] += src[(yy * w + xx) * 3 + c];
        }
      }
      for (int c = 0; c < 3; c++) dst[(y * w + x) * 3 + c] = (unsigned char)(acc[c] / 25);
    }
  }
}

static void sharpen(const unsigned char *orig, const unsigned char *blurred, unsigned char *out, int w, int h) {
  for (int i = 0; i < w * h * 3; i++) out[i] = clamp255(2 * orig[i] - blurred[i]);
}

static void to_gray_tint(unsigned char *img, int w, int h) {
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) {
      int g = (PX(img, x, y, 0) * 77 + PX(img, x, y, 1) * 150 + PX(img, x, y, 2) * 29) >> 8;
      PX(img, x, y, 0) = clamp255(g + 20);
      PX(img, x, y, 1) = (unsigned char)g;
      PX(img, x, y, 2) = clamp255(g - 20);
    }
}

int main(void) {
  size_t n = (size_t)IW * IH * 3;
  unsigned char *img = malloc(n), *tmp = malloc(n), *out = malloc(n);
  if (!img || !tmp || !out) return 1;
  synth(img, IW, IH);
  for (int pass = 0; pass < 5; pass++) {
    blur(img, tmp, IW, IH);
    sharpen(img, tmp, out, IW, IH);
    to_gray_tint(out, IW, IH);
    memcpy(img, out, n);
  }
  unsigned long h = 0;
  for (size_t i = 0; i < n; i++) h = h * 131 + img[i];
  printf("pipeline hash %lu\n", h);
  free(img); free(tmp); free(out);
  return 0;
}
