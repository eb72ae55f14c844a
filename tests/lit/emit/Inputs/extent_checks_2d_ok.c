/* Right blocks of rows in the shapes extent checks meet (lit: emit/extent-checks-2d.test):
 * a tile fill delayc shows inside at compile time, a column read through a helper
 * (shown inside from the helper's own loop), a column picked from a table and read
 * through the same helper (a checked copy), a DELAYED callee given a quadrant (checked row by row), a row
 * cleared with memset, a row walked by a pointer, a column index from a table. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "delayed.h"

#define N 64
#define TS 16

static double a[N * N], b[N * N], c[N * N];
static unsigned char img[N * N];

DELAYED void fill_tile(DELAYED_OUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld, int seed) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) t[i * ld + j] = (double)((seed + i * 7 + j * 3) % 11) - 5.0;
  usleep(1000);
}

static double dot_col(const double *row, const double *col, int n, int ld) {
  double s = 0;
  for (int k = 0; k < n; k++) s += row[k] * col[k * ld];
  return s;
}

static const int perm[TS] = {5, 10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 1, 6, 11, 0};

DELAYED void tile_mul(DELAYED_IN_2D(ts, n, n) const double *arows, DELAYED_IN_2D(n, ts, n) const double *bcols,
                      DELAYED_OUT_2D(ts, ts, n) double *ct, int ts, int n) {
  for (int i = 0; i < ts; i++) {
    double *crow = ct + i * n;
    for (int j = 0; j < ts; j++)
      crow[j] = dot_col(arows + i * n, bcols + j, n, n) + 0.5 * dot_col(arows + i * n, bcols + perm[j % TS], n, n);
  }
  usleep(1000);
}

DELAYED void scale(DELAYED_INOUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld, double f) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) t[i * ld + j] *= f;
}

/* a quadrant's two halves, each a task of its own */
DELAYED void scale_quad(DELAYED_INOUT_2D(rows, cols, ld) double *t, int rows, int cols, int ld) {
  scale(t, rows / 2, cols, ld, 0.5);
  scale(t + (rows / 2) * ld, rows - rows / 2, cols, ld, 2.0);
  usleep(1000);
}

/* every other row of the image: cleared with memset, then a pixel walked in */
DELAYED void stripe(DELAYED_OUT_2D(rows, cols, ld) unsigned char *p, int rows, int cols, int ld, int v) {
  for (int r = 0; r < rows; r++) {
    memset(p + r * ld, 0, (size_t)cols);
    unsigned char *q = p + r * ld;
    int k = 0;
    while (k < cols) { *q++ = (unsigned char)(v + r + k); k += 1; }
  }
  usleep(1000);
}

static const int pick[4] = {3, 0, 2, 1};

DELAYED double picked(DELAYED_IN_2D(rows, 4, ld) const double *t, int rows, int ld) {
  double s = 0;
  for (int r = 0; r < rows; r++) s += t[r * ld + pick[r % 4]];
  usleep(1000);
  return s;
}

int main(void) {
  for (int bi = 0; bi < N / TS; bi++)
    for (int bj = 0; bj < N / TS; bj++) {
      fill_tile(a + bi * TS * N + bj * TS, TS, TS, N, bi * 5 + bj);
      fill_tile(b + bi * TS * N + bj * TS, TS, TS, N, bi + bj * 3);
    }
  for (int bi = 0; bi < N / TS; bi++)
    for (int bj = 0; bj < N / TS; bj++) tile_mul(a + bi * TS * N, b + bj * TS, c + bi * TS * N + bj * TS, TS, N);
  for (int q = 0; q < 4; q++) scale_quad(c + (q / 2) * (N / 2) * N + (q % 2) * (N / 2), N / 2, N / 2, N);
  for (int s = 0; s < 2; s++)
    for (int h = 0; h < 4; h++) stripe(img + s * N + h * (N / 4), N / 2, N / 4, 2 * N, s * 40 + h);
  double p[4];
  for (int k = 0; k < 4; k++) p[k] = picked(c + k * 8, N, N);
  double sum = 0;
  for (int i = 0; i < N * N; i++) sum += c[i] * (double)(i % 7 + 1);
  unsigned long h = 0;
  for (int i = 0; i < N * N; i++) h = h * 31 + img[i];
  printf("%.1f %lu %.1f %.1f %.1f %.1f\n", sum, h, p[0], p[1], p[2], p[3]);
  return 0;
}
