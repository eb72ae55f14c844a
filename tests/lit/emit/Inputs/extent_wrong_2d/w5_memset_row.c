/* Rows cleared with memset one byte longer than the block's row. */
#include <stdio.h>
#include <string.h>
#include "delayed.h"
#define W 64
#define H 32
static unsigned char img[W * H];
DELAYED void clear(DELAYED_OUT_2D(rows, cols, ld) unsigned char *p, int rows, int cols, int ld) {
  for (int r = 0; r < rows; r++) memset(p + r * ld, 0, (size_t)cols + 1);   /* one too many */
}
int main(void) {
  memset(img, 7, sizeof img);
  for (int b = 0; b < 4; b++) clear(img + b * 16, H, 16, W);
  unsigned s = 0;
  for (int i = 0; i < W * H; i++) s += img[i];
  printf("%u\n", s);
  return 0;
}
