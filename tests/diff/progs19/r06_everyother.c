/* Every other row of an image as one block, ld twice the width (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define WIDTH 64
#define HEIGHT 64

/* process every other row of a band: field 0 = even rows, 1 = odd rows */
DELAYED void field_filter(DELAYED_INOUT_2D(rows, cols, 2 * width) int *f, int rows, int cols, int width) {
  usleep(2000);
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++)
      f[r * 2 * width + c] = f[r * 2 * width + c] * 3 + r - c;
}

int main(void) {
  int *img = malloc(sizeof(int) * WIDTH * HEIGHT);
  for (int i = 0; i < WIDTH * HEIGHT; i++) img[i] = i % 9;
  /* 4 bands of 16 rows; each band: two fields of 8 rows; each field split into two column halves */
  for (int band = 0; band < 4; band++)
    for (int field = 0; field < 2; field++)
      for (int half = 0; half < 2; half++)
        field_filter(img + (band * 16 + field) * WIDTH + half * (WIDTH / 2), 8, WIDTH / 2, WIDTH);
  long s = 0;
  for (int i = 0; i < WIDTH * HEIGHT; i++) s += (long)img[i] * (i % 13 + 1);
  printf("checksum %ld\n", s);
  free(img);
  return 0;
}
