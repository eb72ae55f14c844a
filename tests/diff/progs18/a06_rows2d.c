/* a06_rows2d.c — extents checked at compile time or when the program runs, right declarations, written blind (round 30). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "delayed.h"

#define ROWS 24
#define COLS 10
#define BAND 6

/* normalise each row of a band of rows, through a row pointer */
DELAYED double norm_rows(DELAYED_INOUT_N(rows * cols) double *m, int rows, int cols) {
  usleep(2000);
  double worst = 0;
  for (int r = 0; r < rows; r++) {
    double *row = m + r * cols;
    double s = 0;
    for (int c = 0; c < cols; c++) s += row[c];
    for (int c = 0; c < cols; c++) row[c] /= s;
    if (row[cols - 1] > worst) worst = row[cols - 1];
  }
  return worst;
}

/* transpose-like column read of a band: 2-D indexing p[r*cols+c] */
DELAYED double band_trace(DELAYED_IN_N(rows * cols) const double *m, int rows, int cols) {
  usleep(2000);
  double t = 0;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++)
      if (c == r % cols) t += m[r * cols + c];
  return t;
}

int main(void) {
  double *m = malloc(sizeof(double) * ROWS * COLS);
  if (!m) return 1;
  for (int r = 0; r < ROWS; r++)
    for (int c = 0; c < COLS; c++) m[r * COLS + c] = 1 + (r * 7 + c * 3) % 11;
  double w[ROWS / BAND], t[ROWS / BAND];
  for (int b = 0; b < ROWS / BAND; b++)
    w[b] = norm_rows(m + b * BAND * COLS, BAND, COLS);
  for (int b = 0; b < ROWS / BAND; b++)
    t[b] = band_trace(m + b * BAND * COLS, BAND, COLS);
  for (int b = 0; b < ROWS / BAND; b++) printf("band %d worst %.6f trace %.6f\n", b, w[b], t[b]);
  printf("m[5][5]=%.6f\n", m[5 * COLS + 5]);
  free(m);
  return 0;
}
