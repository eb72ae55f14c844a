/* Images whose struct is declared in image.h: suggest --fix writes the
 * pixels' count there (read from the allocation through the program's
 * xmalloc), once for both functions given an image. */
#include <stdio.h>
#include <stdlib.h>
#include "image.h"

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fprintf(stderr, "out of memory\n");
    exit(1);
  }
  return p;
}

Image *image_new(int w, int h) {
  Image *im = malloc(sizeof *im);
  im->w = w;
  im->h = h;
  im->px = xmalloc((size_t)w * h * sizeof(float));
  for (int k = 0; k < w * h; k++) im->px[k] = (float)((k * 7 + w) % 13);
  return im;
}

static void blur(Image *im) {
  int n = im->w * im->h;
  for (int r = 0; r < 60; r++)
    for (int i = 1; i < n; i++) im->px[i] = 0.5f * (im->px[i] + im->px[i - 1]);
}

static double mean(Image *im) {
  double s = 0;
  int n = im->w * im->h;
  for (int r = 0; r < 30; r++)
    for (int i = 0; i < n; i++) s += im->px[i] * (r + 1);
  return s / n;
}

int main(void) {
  Image *imgs[6];
  double ms[6];
  for (int i = 0; i < 6; i++) imgs[i] = image_new(200, 100 + i);
  for (int i = 0; i < 6; i++) blur(imgs[i]);
  for (int i = 0; i < 6; i++) ms[i] = mean(imgs[i]);
  for (int i = 0; i < 6; i++) printf("%d %.4f\n", i, ms[i]);
  return 0;
}
