/* A 2-D grid of pointers to malloc'd tiles where one tile is placed in two
   cells: tasks update every cell's tile, row by row, then reduce each cell. */
#include <stdio.h>
#include <stdlib.h>
#include "delayed.h"

enum { T = 3, TS = 16 };

DELAYED void tile_update(double *t, int ts, double k) {
  for (int i = 0; i < ts; i++) t[i] = t[i] * 0.5 + k;
}

DELAYED void tile_add(DELAYED_INOUT_N(ts) double *dst, DELAYED_IN_N(ts) const double *src, int ts) {
  for (int i = 0; i < ts; i++) dst[i] += src[i];
}

DELAYED double tile_sum(DELAYED_IN_N(ts) const double *t, int ts) {
  double s = 0;
  for (int i = 0; i < ts; i++) s += t[i] * (i + 1);
  return s;
}

int main(int argc, char **argv) {
  (void)argv;
  double *grid[T][T];
  for (int i = 0; i < T; i++)
    for (int j = 0; j < T; j++) {
      grid[i][j] = malloc(sizeof(double) * TS);
      for (int k = 0; k < TS; k++) grid[i][j][k] = i * 10 + j + k;
    }
  double *spare = grid[2][1];
  grid[2][1] = grid[argc - 1][0];   /* grid[0][0] is in two cells */
  for (int it = 0; it < 3; it++) {
    for (int i = 0; i < T; i++)
      for (int j = 0; j < T; j++)
        tile_update(grid[i][j], TS, i + j + it);
    for (int i = 1; i < T; i++)
      for (int j = 0; j < T; j++)
        tile_add(grid[i][j], grid[i - 1][j], TS);
  }
  double s[T][T];
  for (int i = 0; i < T; i++)
    for (int j = 0; j < T; j++) s[i][j] = tile_sum(grid[i][j], TS);
  for (int i = 0; i < T; i++) {
    for (int j = 0; j < T; j++) printf("%.4f ", s[i][j]);
    printf("\n");
  }
  for (int i = 0; i < T; i++)
    for (int j = 0; j < T; j++)
      if (!(i == 2 && j == 1)) free(grid[i][j]);
  free(spare);
  return 0;
}
