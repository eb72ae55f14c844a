/* covers: strided rows (ld = 2*cols) — even rows and odd rows as two disjoint interleaved tiles */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

#define C 5
#define R 6
DELAYED void fill_rows(DELAYED_OUT_2D(R / 2, C, 2 * C) int *t, int v) {
  for (int i = 0; i < R / 2; i++)
    for (int j = 0; j < C; j++) t[i * 2 * C + j] = v * (i + 1) + j;
}
DELAYED void shift_rows(DELAYED_INOUT_2D(R / 2, C, 2 * C) int *t) {
  for (int i = 0; i < R / 2; i++)
    for (int j = C - 1; j > 0; j--) t[i * 2 * C + j] = t[i * 2 * C + j - 1] + t[i * 2 * C + j];
}

int main(void) {
  int *m = malloc(sizeof(int) * R * C);
  for (int i = 0; i < R * C; i++) m[i] = -1;
  fill_rows(m, 3);
  fill_rows(m + C, 7);
  shift_rows(m + C);
  shift_rows(m);
  shift_rows(m + C);
  for (int i = 0; i < R; i++) {
    for (int j = 0; j < C; j++) printf("%d ", m[i * C + j]);
    printf("\n");
  }
  free(m);
  return 0;
}
