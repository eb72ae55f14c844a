/* Two tiles of a matrix that share one row; the order of their updates matters. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define R 64
#define C 48

DELAYED void tile_affine(DELAYED_INOUT_2D(r, c, ld) long *t, int r, int c, int ld, long k) {
  for (int rep = 0; rep < 8; rep++)
    for (int i = 0; i < r; i++)
      for (int j = 0; j < c; j++) t[i * ld + j] = (t[i * ld + j] * k + i + 2 * j) % 100003;
}

DELAYED long tile_hash(DELAYED_IN_2D(r, c, ld) const long *t, int r, int c, int ld) {
  long s = 0;
  for (int i = 0; i < r; i++)
    for (int j = 0; j < c; j++) s = (s * 31 + t[i * ld + j]) % 1000000007;
  return s;
}

int main(void) {
  long *m = malloc(sizeof(long) * R * C);
  for (int i = 0; i < R * C; i++) m[i] = i % 97;
  int h = R / 2;
  tile_affine(m, h + 1, C, C, 3);             /* rows 0..h */
  tile_affine(m + h * C, R - h, C, C, 5);     /* rows h..R-1: row h shared */
  long top = tile_hash(m, h + 1, C, C);
  tile_affine(m + h * C, 1, C, C, 7);         /* just the shared row */
  tile_affine(m, h + 1, C / 2, C, 11);        /* top-left, includes half of row h */
  tile_affine(m + (h - 3) * C + C / 4, 8, C / 2, C, 13);   /* a tile across both */
  long bottom = tile_hash(m + h * C, R - h, C, C);
  printf("top=%ld bottom=%ld all=%ld\n", top, bottom, tile_hash(m, R, C, C));
  printf("m[h][0]=%ld m[h][C-1]=%ld\n", m[h * C], m[h * C + C - 1]);
  free(m);
  return 0;
}
