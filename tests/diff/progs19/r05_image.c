/* Image blocks of unsigned char, rows copied and cleared with memcpy and memset (blind round 32). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

#define IW 200
#define IH 120
#define BW 50
#define BH 40

/* copy a block of pixels from src to dst, then clear its first row */
DELAYED void blit_block(DELAYED_IN_2D(bh, bw, stride) const unsigned char *src,
                        DELAYED_OUT_2D(bh, bw, stride) unsigned char *dst,
                        int bh, int bw, int stride) {
  usleep(2000);
  for (int r = 0; r < bh; r++)
    memcpy(dst + r * stride, src + r * stride, (size_t)bw);
  memset(dst, 0, (size_t)bw);
  for (int r = 1; r < bh; r++)
    for (int c = 0; c < bw; c++)
      dst[r * stride + c] = (unsigned char)(255 - dst[r * stride + c]);
}

int main(void) {
  unsigned char *img = malloc(IW * IH);
  unsigned char *out = malloc(IW * IH);
  for (int i = 0; i < IW * IH; i++) img[i] = (unsigned char)((i * 7 + i / IW) & 0xff);
  for (int by = 0; by < IH / BH; by++)
    for (int bx = 0; bx < IW / BW; bx++)
      blit_block(img + by * BH * IW + bx * BW, out + by * BH * IW + bx * BW, BH, BW, IW);
  unsigned long s = 0;
  for (int i = 0; i < IW * IH; i++) s = s * 31 + out[i];
  printf("checksum %lu\n", s);
  free(img); free(out);
  return 0;
}
