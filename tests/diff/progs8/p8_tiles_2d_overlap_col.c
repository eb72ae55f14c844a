/* Column tiles of a matrix: the left and right tiles share one column. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define R 50
#define C 60

DELAYED void tile_affine(DELAYED_INOUT_2D(r, c, ld) long *t, int r, int c, int ld, long k) {
  for (int rep = 0; rep < 8; rep++)
    for (int i = 0; i < r; i++)
      for (int j = 0; j < c; j++) t[i * ld + j] = (t[i * ld + j] * k + 3 * i + j) % 100003;
}

DELAYED long tile_hash(DELAYED_IN_2D(r, c, ld) const long *t, int r, int c, int ld) {
  long s = 0;
  for (int i = 0; i < r; i++)
    for (int j = 0; j < c; j++) s = (s * 37 + t[i * ld + j]) % 1000000007;
  return s;
}

int main(void) {
  long *m = malloc(sizeof(long) * R * C);
  for (int i = 0; i < R * C; i++) m[i] = (i * 7) % 101;
  int h = C / 2;
  tile_affine(m, R, h + 1, C, 3);           /* columns 0..h */
  tile_affine(m + h, R, C - h, C, 5);       /* columns h..C-1: column h shared */
  long left = tile_hash(m, R, h + 1, C);
  tile_affine(m + h, R, 1, C, 7);           /* only column h */
  tile_affine(m + h + 1, R, 1, C, 9);       /* only column h+1: disjoint from column h */
  tile_affine(m + 10 * C + h - 2, 5, 4, C, 11);  /* small tile across the seam */
  long right = tile_hash(m + h, R, C - h, C);
  printf("left=%ld right=%ld all=%ld\n", left, right, tile_hash(m, R, C, C));
  for (int i = 0; i < R; i += 7) printf("row %d: %ld %ld %ld\n", i, m[i * C + h - 1], m[i * C + h], m[i * C + h + 1]);
  free(m);
  return 0;
}
