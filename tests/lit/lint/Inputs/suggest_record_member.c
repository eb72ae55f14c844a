/* Run-length encoding of scanlines into records owning their output blocks
 * (blind round 59a rle): the loop body writes through lines[y].bytes, the
 * block of the iteration's own record.  With the member's count said in the
 * struct (DELAYED_N), the body is proposed and each block of iterations
 * reaches its blocks through the records; without it (-DNOCOUNT), the remark
 * names that edit. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

typedef struct {
#ifdef NOCOUNT
  unsigned char *bytes;
#else
  unsigned char *bytes DELAYED_N(cap);
#endif
  size_t len, cap;
} OutBuf;

typedef struct {
  unsigned char *pixels DELAYED_N(width * height);
  size_t width, height;
} Bitmap;

static unsigned long g_runs;

static size_t rle_line(const unsigned char *line, size_t w, unsigned char *out) {
  size_t i = 0, o = 0;
  while (i < w) {
    unsigned char v = line[i];
    size_t run = 1;
    while (i + run < w && line[i + run] == v && run < 255) run++;
    out[o++] = (unsigned char)run;
    out[o++] = v;
    i += run;
  }
  return o;
}

int main(void) {
  size_t w = 4096, h = 3000, y, x, k;
  unsigned long hash = 5381;
  Bitmap bm = {malloc(w * h), w, h};
  OutBuf *lines = malloc(h * sizeof *lines);
  if (!bm.pixels || !lines) return 1;
  for (y = 0; y < h; y++)
    for (x = 0; x < w; x++) bm.pixels[y * w + x] = (unsigned char)(((x / (1 + y % 13)) ^ (y / 7)) & 3);
  for (y = 0; y < h; y++) {
    lines[y].cap = w * 2;
    lines[y].bytes = malloc(lines[y].cap);
    if (!lines[y].bytes) return 1;
  }
  for (y = 0; y < h; y++) {
    lines[y].len = rle_line(bm.pixels + y * bm.width, bm.width, lines[y].bytes);
    g_runs += lines[y].len / 2;
  }
  for (y = 0; y < h; y++)
    for (k = 0; k < lines[y].len; k++) hash = hash * 33 + lines[y].bytes[k];
  printf("runs=%lu hash=%lu\n", g_runs, hash);
  for (y = 0; y < h; y++) free(lines[y].bytes);
  free(lines);
  free(bm.pixels);
  return 0;
}
